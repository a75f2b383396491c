// Short forms of English company names: once the document names Veridian Systems or Lumio Networks, a bare Veridian
// or Lumio is that company, though the word alone looks like an adjective or nothing known ("-ian", "-io").
import type { Lexicon } from '../../lexicon.ts';
import { settleOverlaps, type Candidate } from './candidate.ts';

const LATIN_NAME_WORD = /^[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9'’-]*$/;

/**
 * Short forms of the discovered English organisations whose name ends in an organisation head or company suffix
 * (Veridian for Veridian Systems, Lumio for Lumio Networks): capitalised words, never written in lower case here.
 */
export function latinShortForms(perTurn: Array<{ turn: { text: string }; candidates: Candidate[] }>, lexicon: Lexicon, commonWords: Set<string>): Set<string> {
  const heads = new Set([...lexicon.cues.orgHeads.words, ...lexicon.cues.companySuffixes.words.filter((w) => /^[A-Za-z]/.test(w))]);
  const stop = new Set(lexicon.cues.enStopwords.words);
  const out = new Set<string>();
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      if (c.source !== 'discovery' || c.type !== 'organization') continue;
      const words = turn.text.slice(c.start, c.end).split(' ');
      if (words.length < 2 || !heads.has(words[words.length - 1])) continue;
      const stem = words.slice(0, -1);
      if (!stem.every((w) => LATIN_NAME_WORD.test(w) && !stop.has(w) && !commonWords.has(w.toLowerCase()))) continue;
      const short = stem.join(' ');
      if (short.length >= 3) out.add(short);
    }
  }
  return out;
}

/** The text's candidates with each whole-word short form added (a longer name over it still wins the overlap). */
export function withLatinShortForms(text: string, candidates: Candidate[], shortForms: Set<string>, lexicon: Lexicon): Candidate[] {
  const added: Candidate[] = [];
  for (const short of shortForms) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      added.push({ start: at, end, type: 'organization', canonical: null, source: 'discovery', priority: 1, reason: lexicon.cues.companySuffixes.reason });
    }
  }
  return added.length === 0 ? candidates : settleOverlaps([...candidates, ...added]);
}
