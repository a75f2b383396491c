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
  origin: ArrayLike<number>;
}

/** Mentions in mask order: by start, the longest first at one start (stable otherwise). */
const maskOrder = <M extends MaskableMention>(mentions: M[]): M[] => [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);

/** Masks the mentions inside the window; overlapping mentions keep the first (longest at a start). */
export function maskSentence<M extends MaskableMention>(text: string, window: Window, mentions: M[]): MaskedSentence<M> {
  return maskSentences(text, [window], mentions)[0];
}

/**
 * maskSentence for each of a turn's windows (in order, not overlapping): the mentions are sorted once and walked
 * beside the windows, so the cost is linear in the turn rather than windows × mentions.
 */
export function maskSentences<M extends MaskableMention>(text: string, windows: Window[], mentions: M[]): MaskedSentence<M>[] {
  const sorted = maskOrder(mentions);
  let next = 0;
  return windows.map((window) => {
    while (next < sorted.length && sorted[next].start < window.start) next++;
    const kept: M[] = [];
    for (; next < sorted.length && sorted[next].start < window.end; next++) {
      const m = sorted[next];
      if (m.end > window.end || m.start >= m.end) continue;
      if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
    }
    return maskKept(text, window, kept);
  });
}

function maskKept<M extends MaskableMention>(text: string, window: Window, kept: M[]): MaskedSentence<M> {
  const parts: string[] = [];
  const placeholders = kept.map((m, n) => maskMention(m.types, n, m.surface));
  let length = window.end - window.start;
  kept.forEach((m, n) => (length += placeholders[n].length - (m.end - m.start)));
  const origin = new Int32Array(length + 1);
  let at = window.start;
  let o = 0;
  const copy = (to: number) => {
    parts.push(text.slice(at, to));
    for (; at < to; at++) origin[o++] = at;
  };
  kept.forEach((m, n) => {
    copy(m.start);
    parts.push(placeholders[n]);
    origin.fill(m.start, o, o + placeholders[n].length);
    o += placeholders[n].length;
    at = m.end;
  });
  copy(window.end);
  origin[o] = window.end;
  return { masked: parts.join(''), mentions: kept, origin };
}

/** Indices of the placeholders inside a matched group ("\uE000person#3\uE002X\uE001、\uE000person#4\uE002Y\uE001" → [3, 4]). */
export function placeholderIndices(group: string): number[] {
  return [...group.matchAll(/\uE000[a-z/]+#(\d+)\uE002/gu)].map((m) => Number(m[1]));
}
