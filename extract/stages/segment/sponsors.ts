// Sponsor reads inside a paragraph ("Before we start: this episode is brought to you by Vanta. … Now, back to our
// conversation"): where each starts and ends, so that segment.ts cuts it out of the turn as boilerplate.
import type { SegmentRules } from './rules.ts';

export interface SponsorRead {
  start: number;
  end: number;
  reason: string;
  /** No return cue closed it: it runs to the paragraph's end, and the turn's next paragraphs may continue it. */
  open: boolean;
  /** Its cue only announces a read ("a quick word from our sponsor", 广告时间): alone, the read follows it. */
  announces: boolean;
}

const LOOK_BACK = 300;
/** A sentence or clause boundary before an opening cue: ". ", "? ", ": ", "; ", "—", or their CJK forms. */
const isClauseEnd = (text: string, i: number): boolean =>
  /[。！？：；]/.test(text[i]) || (/[.!?:;—]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1])));
const isSentenceEnd = (text: string, i: number): boolean =>
  /[。！？]/.test(text[i]) || (/[.!?]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1])));

/** Start of the sentence or clause holding position `at`, not before `floor`. */
function startBefore(text: string, at: number, floor: number, boundary: (t: string, i: number) => boolean): number {
  for (let i = at - 1; i >= Math.max(floor, at - LOOK_BACK); i--) {
    if (!boundary(text, i)) continue;
    let s = i + 1;
    while (s < at && /\s/.test(text[s])) s++;
    return s;
  }
  return at - LOOK_BACK > floor ? at : floor;
}

/**
 * Each rule's next match in one text, from where it was last searched: a later search from a point not past that
 * match gives the same match, and none found means none further on. So a paragraph holding thousands of reads (a
 * long one-line file) is scanned once per rule, not once per read.
 */
type NextMatches<R> = Map<R, { from: number; index: number; end: number } | { from: number; index: null }>;

/** The earliest match of any rule in text from `from` to `to`. */
function firstMatch<R extends { regex: RegExp }>(rules: R[], text: string, from: number, to: number, next: NextMatches<R> = new Map()): { index: number; end: number; rule: R } | null {
  let best: { index: number; end: number; rule: R } | null = null;
  for (const rule of rules) {
    let hit = next.get(rule);
    if (!hit || from < hit.from || (hit.index !== null && hit.index < from)) {
      rule.regex.lastIndex = from;
      const m = rule.regex.exec(text);
      rule.regex.lastIndex = 0;
      hit = m ? { from, index: m.index, end: m.index + m[0].length } : { from, index: null };
      next.set(rule, hit);
    }
    if (hit.index !== null && hit.index < to && (!best || hit.index < best.index)) best = { index: hit.index, end: hit.end, rule };
  }
  return best;
}

/** Where the speaker resumes in a paragraph that continues a read: the start of the sentence with a return cue, or null. */
export function returnAt(text: string, rules: SegmentRules, from = 0, floor = from, next: NextMatches<SegmentRules['sponsorReads']['returns'][number]> = new Map()): number | null {
  const cue = firstMatch(rules.sponsorReads.returns, text, from, from + rules.sponsorReads.maxChars, next);
  return cue ? startBefore(text, cue.index, floor, isSentenceEnd) : null;
}

/** The sponsor reads in a paragraph, in order and not overlapping. */
export function sponsorReads(text: string, rules: SegmentRules): SponsorRead[] {
  const { anchor, openings, maxChars } = rules.sponsorReads;
  if (!anchor.test(text)) return [];
  const reads: SponsorRead[] = [];
  const nextOpening: NextMatches<(typeof openings)[number]> = new Map();
  const nextReturn: NextMatches<SegmentRules['sponsorReads']['returns'][number]> = new Map();
  let at = 0;
  for (let cue = firstMatch(openings, text, at, text.length, nextOpening); cue; cue = firstMatch(openings, text, at, text.length, nextOpening)) {
    const start = startBefore(text, cue.index, at, isClauseEnd);
    const back = returnAt(text, rules, cue.end, cue.end, nextReturn);
    let end = back ?? text.length;
    let open = back === null;
    if (back === null && end - start > maxChars) {
      // No return cue within a read's length: the read ends with the sentence running at maxChars.
      end = text.length;
      for (let i = start + maxChars; i < text.length; i++) if (isSentenceEnd(text, i)) { end = i + 1; break; }
      open = end === text.length;
    }
    reads.push({ start, end, reason: cue.rule.reason, open, announces: cue.rule.announces });
    if (end >= text.length) break;
    at = end;
  }
  return reads;
}
