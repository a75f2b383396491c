// A sentence with its mentions replaced by typed placeholders (U+E000 type # n U+E002 surface U+E001), so relation
// patterns are plain regular expressions; positions in the masked string map back to the turn's text.
import { maskMention } from '../../rules.ts';
import type { Window } from './sentences.ts';

export interface MaskableMention {
  start: number;
  end: number;
  surface: string;
  /** The entity's type (after resolution), then any looser types, joined by "/". */
  types: string;
}

export interface MaskedSentence<M extends MaskableMention> {
  masked: string;
  /** The sentence's mentions in order; placeholder #n is mentions[n]. */
  mentions: M[];
  /** masked position → offset in the turn's text (length masked.length + 1). */
  origin: number[];
}

/** Masks the mentions inside the window; overlapping mentions keep the first (longest at a start). */
export function maskSentence<M extends MaskableMention>(text: string, window: Window, mentions: M[]): MaskedSentence<M> {
  const inside = mentions
    .filter((m) => m.start >= window.start && m.end <= window.end && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: M[] = [];
  for (const m of inside) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  let masked = '';
  const origin: number[] = [];
  let at = window.start;
  const copy = (to: number) => {
    for (; at < to; at++) {
      origin.push(at);
      masked += text[at];
    }
  };
  kept.forEach((m, n) => {
    copy(m.start);
    const placeholder = maskMention(m.types, n, m.surface);
    for (let i = 0; i < placeholder.length; i++) origin.push(m.start);
    masked += placeholder;
    at = m.end;
  });
  copy(window.end);
  origin.push(window.end);
  return { masked, mentions: kept, origin };
}

/** Indices of the placeholders inside a matched group ("\uE000person#3\uE002X\uE001、\uE000person#4\uE002Y\uE001" → [3, 4]). */
export function placeholderIndices(group: string): number[] {
  return [...group.matchAll(/\uE000[a-z/]+#(\d+)\uE002/gu)].map((m) => Number(m[1]));
}
