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
  /**
   * A capitalised word at a sentence start, which capitals cannot tell from any other word there: kept only where the
   * document also finds the same surface where no sentence starts, and then typed as it is there.
   */
  initial?: boolean;
}

/** Keeps non-overlapping candidates: longest first, then by priority, then leftmost. Output is in text order. */
export function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Candidate[] = [];
  const size = candidates.reduce((max, c) => Math.max(max, c.end), 0);
  const used = new Uint8Array(size);
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (used[i]) free = false;
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
