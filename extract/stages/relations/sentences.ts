// Sentence windows for relation patterns: a turn's text cut at 。！？!?；; newlines and ". ",
// never inside a mention (so "D.C." or "GPT-3.5" stay whole when they were found as names).
import type { Span } from '../../../src/model.ts';

/** A window [start, end) of a turn's text. */
export interface Window {
  start: number;
  end: number;
}

const BREAK = /[。！？!?；;\n]+|\.(?=\s|$)|…+/gu;

export function splitSentences(text: string, mentions: Pick<Span, 'start' | 'end'>[]): Window[] {
  const windows: Window[] = [];
  let start = 0;
  for (const match of text.matchAll(BREAK)) {
    const cut = match.index! + match[0].length;
    if (mentions.some((m) => m.start < cut && cut < m.end)) continue;
    if (text.slice(start, cut).trim()) windows.push({ start, end: cut });
    start = cut;
  }
  if (text.slice(start).trim()) windows.push({ start, end: text.length });
  return windows;
}
