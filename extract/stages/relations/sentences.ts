// Sentence windows for relation patterns: a turn's text cut at 。！？!?；; newlines and ". " (not at the semicolons
// of a list that ends "; and C"), never inside a mention (so "D.C." or "GPT-3.5" stay whole when they were found as names).
import type { Span } from '../../../src/model.ts';
import { allMatches } from '../../regex.ts';

/** A window [start, end) of a turn's text. */
export interface Window {
  start: number;
  end: number;
}

// "Dr. Hana Sato", "Ms. Lee": the period of a title before a name ends no sentence; nor does one before a spaced dash
// ("Piper Sandler & Co. - Analyst": the entry goes on), nor a company's "Corp."/"Inc." before a lower-case word ("the
// Northfield Agri Corp. fourth quarter earnings call").
const BREAK = /[。！？!?；;\n]+|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof))\.(?=\s|$)(?![ \t]+(?:—|–|--?)[ \t])(?!(?<=\b(?:Corp|Inc|Ltd|Co|Bros)\.)[ \t]+\p{Ll})|…+/gu;
/** A sentence's hard end (not a semicolon), and a semicolon list's last item ("…; and Professor Leon Abara"). */
const HARD_END = /[。！？!?\n]|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof))\.(?=\s|$)|…/gu;
const LIST_LAST = /[;；]\s*(?:and|or)\s/u;

/** Linear in text and mentions: cuts come in order, so one pass over the mentions by start tracks the furthest end. */
export function splitSentences(text: string, mentions: Pick<Span, 'start' | 'end'>[]): Window[] {
  const byStart = mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  const windows: Window[] = [];
  let start = 0;
  let next = 0;
  let reach = -Infinity; // the furthest end of the mentions starting before the cut
  const listed = semicolonLists(text);
  const startOf = new Map<number, number>(byStart.map(([from, to]) => [to, from]));
  const endOf = new Map<number, number>(byStart);
  for (const match of allMatches(BREAK, text)) {
    const cut = match.index + match[0].length;
    if (/^[;；]+$/.test(match[0]) && listed(match.index)) continue;
    if (match[0] === '\n' && entryGoesOn(text, match.index, startOf, endOf)) continue;
    for (; next < byStart.length && byStart[next][0] < cut; next++) reach = Math.max(reach, byStart[next][1]);
    if (reach > cut) continue;
    if (text.slice(start, cut).trim()) windows.push({ start, end: cut });
    start = cut;
  }
  if (text.slice(start).trim()) windows.push({ start, end: text.length });
  return windows;
}

/** A list bullet, or nothing, before the name of a two-line entry; a dash after the firm on the line under it (after its ", Inc." or "& Co." too). */
const ENTRY_BULLET = /^[ \t]*(?:[*•·-][ \t]+)?$/;
const ENTRY_DASH = /^(?:,?[ \t]+(?:Inc|Ltd|LLC|LLP|Corp|Co|plc|PLC|AG|SE|SA|NV|GmbH|Limited))?\.?[ \t]+(?:—|–|--?)[ \t]+\S/;

/**
 * Whether the line break at `at` is inside a list entry written over two lines, as call transcripts list their
 * participants ("* Rachel Amsel⏎Helix Therapeutics Inc - Senior Director of IR"): the line holds one mention and at most
 * a bullet, and the next begins with a mention followed by a dash. Such an entry is one window, so a rule reads both lines.
 */
function entryGoesOn(text: string, at: number, startOf: Map<number, number>, endOf: Map<number, number>): boolean {
  const nameStart = startOf.get(at);
  if (nameStart === undefined || !ENTRY_BULLET.test(text.slice(text.lastIndexOf('\n', nameStart - 1) + 1, nameStart))) return false;
  let next = at + 1;
  while (text[next] === ' ' || text[next] === '\t') next++;
  const firmEnd = endOf.get(next);
  return firmEnd !== undefined && ENTRY_DASH.test(text.slice(firmEnd, firmEnd + 20));
}

/**
 * Whether a semicolon at an offset separates the items of a list ("Joining me are A of X; B, chief scientist at Y;
 * and C from Z"): its sentence closes the list with "; and" or "; or". Such a sentence stays one window, so a rule
 * reads the whole list. Offsets are asked in increasing order; each sentence is read once (linear in the text).
 */
function semicolonLists(text: string): (at: number) => boolean {
  let sentenceEnd = -1;
  let isList = false;
  return (at) => {
    if (at >= sentenceEnd) {
      HARD_END.lastIndex = at;
      const end = HARD_END.exec(text);
      sentenceEnd = end ? end.index : text.length;
      isList = LIST_LAST.test(text.slice(at, sentenceEnd));
    }
    return isList;
  };
}
