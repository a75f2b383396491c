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
  /** masked position (0 … masked.length) → offset in the turn's text; inside a placeholder, its mention's start. */
  origin: (position: number) => number;
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
  // Per placeholder: its start in the masked string, its length, and how much longer it is than the mention.
  const marks: { at: number; length: number; grow: number; start: number }[] = [];
  let at = window.start;
  let length = 0;
  kept.forEach((m, n) => {
    const placeholder = maskMention(m.types, n, m.surface);
    parts.push(text.slice(at, m.start), placeholder);
    length += m.start - at;
    marks.push({ at: length, length: placeholder.length, grow: placeholder.length - (m.end - m.start), start: m.start });
    length += placeholder.length;
    at = m.end;
  });
  parts.push(text.slice(at, window.end));
  // Computed on demand (a few placeholders per sentence) rather than an array per character: a 50 MB turn.
  const origin = (position: number): number => {
    let shift = 0;
    for (const mark of marks) {
      if (position < mark.at) break;
      if (position < mark.at + mark.length) return mark.start;
      shift += mark.grow;
    }
    return window.start + position - shift;
  };
  return { masked: parts.join(''), mentions: kept, origin };
}

/** Indices of the placeholders inside a matched group ("\uE000person#3\uE002X\uE001、\uE000person#4\uE002Y\uE001" → [3, 4]). */
export function placeholderIndices(group: string): number[] {
  return [...group.matchAll(/\uE000[a-z/]+#(\d+)\uE002/gu)].map((m) => Number(m[1]));
}
