// A mention candidate before it is tied to a turn, and how overlapping candidates are settled.
import type { EntityType } from '../../../src/model.ts';
import type { Mention } from '../../types.ts';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  canonical: string | null;
  source: Mention['source'];
  reason: string;
  /** Higher wins an overlap of equal length: lexicon 3, model pattern 2, cue-typed discovery 1, bare discovery 0. */
  priority: number;
  /** A bare guess: kept only when the document writes the same surface (case-folded) at least this often. */
  minCount?: number;
}

/** Keeps non-overlapping candidates: longest first, then by priority, then leftmost. Output is in text order. */
export function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
