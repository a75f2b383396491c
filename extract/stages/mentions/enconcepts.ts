// English key topics no lexicon has: lower-case "modifier head" terms a document repeats ("imitation learning",
// "intervention rate"), and long hyphenated compounds ("robots-as-a-service", "sim-to-real").
import type { Cues } from './cues.ts';
import type { Candidate } from './candidate.ts';
import { allMatches, native } from '../../regex.ts';

/** Hyphenated lower-case compounds that are idioms, not topics. */
const IDIOMS = new Set(['state-of-the-art', 'up-to-date', 'day-to-day', 'one-on-one', 'face-to-face', 'out-of-the-box', 'back-and-forth', 'end-to-end', 'off-the-shelf', 'year-over-year', 'peer-to-peer', 'word-of-mouth', 'step-by-step', 'head-to-head', 'behind-the-scenes', 'one-to-one', 'all-in-one', 'on-the-fly', 'easy-to-use', 'hard-to-find', 'long-term', 'short-term', 'real-time', 'so-called', 'well-known',
  'question-and-answer', 'quarter-over-quarter', 'quarter-on-quarter', 'month-over-month', 'month-on-month', 'year-on-year', 'week-over-week',
  'one-of-a-kind', 'first-of-its-kind', 'up-and-coming', 'tried-and-true', 'do-it-yourself', 'run-of-the-mill', 'top-of-the-line', 'out-of-pocket',
  'business-as-usual', 'best-in-class', 'make-or-break', 'all-or-nothing']);

const indexes = new WeakMap<Cues, { heads: Set<string>; stop: Set<string> }>();

export function discoverEnglishConcepts(text: string, cues: Cues): Candidate[] {
  let ix = indexes.get(cues);
  if (!ix) {
    ix = { heads: new Set(cues.enConceptHeads.words), stop: new Set(cues.enConceptModifierStoplist.words) };
    indexes.set(cues, ix);
  }
  const out: Candidate[] = [];
  const pair = /(?<![A-Za-z'’-])([a-z][a-z-]{3,})(?:s)? ([a-z]+)(?![A-Za-z'’-])/g;
  native(pair);
  for (let m = pair.exec(text); m; m = pair.exec(text)) {
    const [, modifier, head] = m;
    if (!ix.heads.has(head) || ix.stop.has(modifier) || modifier.endsWith('ly') || modifier.endsWith('ing') && modifier.length < 6) {
      // Let the head word start the next pair.
      pair.lastIndex = m.index + m[0].length - head.length;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: 'concept', canonical: null, source: 'discovery', reason: cues.enConceptHeads.reason, priority: 0, minCount: 2 });
  }
  const compound = /(?<![A-Za-z'’-])[a-z]+(?:-[a-z]+){2,}(?![A-Za-z'’-])/g;
  for (const m of allMatches(compound, text)) {
    if (IDIOMS.has(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'concept', canonical: null, source: 'discovery', reason: 'a hyphenated compound of three or more words names a technique or model of business', priority: 0 });
  }
  return out;
}
