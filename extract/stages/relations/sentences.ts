// Sentence windows for relation patterns: a turn's text cut at 。！？!?；; newlines and ". ",
// never inside a mention (so "D.C." or "GPT-3.5" stay whole when they were found as names).
import type { Span } from '../../../src/model.ts';

/** A window [start, end) of a turn's text. */
export interface Window {
  start: number;
  end: number;
}

const BREAK = /[。！？!?；;\n]+|\.(?=\s|$)|…+/gu;

/** Linear in text and mentions: cuts come in order, so one pass over the mentions by start tracks the furthest end. */
export function splitSentences(text: string, mentions: Pick<Span, 'start' | 'end'>[]): Window[] {
  const byStart = mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  const windows: Window[] = [];
  let start = 0;
  let next = 0;
  let reach = -Infinity; // the furthest end of the mentions starting before the cut
  // exec on BREAK itself, not text.matchAll (a clone per turn; see extract/regex.ts); BREAK never matches empty.
  BREAK.lastIndex = 0;
  for (let match = BREAK.exec(text); match; match = BREAK.exec(text)) {
    const cut = match.index! + match[0].length;
    for (; next < byStart.length && byStart[next][0] < cut; next++) reach = Math.max(reach, byStart[next][1]);
    if (reach > cut) continue;
    if (text.slice(start, cut).trim()) windows.push({ start, end: cut });
    start = cut;
  }
  if (text.slice(start).trim()) windows.push({ start, end: text.length });
  return windows;
}
