// Stage mentions: candidate entity mentions in each turn and narration (never boilerplate), from the lexicon,
// model-name patterns and open discovery (Chinese tagger + cues, Latin capitalised names), overlaps settled.
import type { Lexicon } from '../lexicon.ts';
import type { Mention, MentionedDocument, TurnedDocument } from '../types.ts';
import { settleOverlaps, type Candidate } from './mentions/candidate.ts';
import { hasHan, tagText } from './mentions/jieba.ts';
import { discoverLatin, yieldToKnownNames } from './mentions/latin.ts';
import { discoverListed } from './mentions/lists.ts';
import { discoverEnglishConcepts } from './mentions/enconcepts.ts';
import { acronymDefinitions } from './mentions/acronyms.ts';
import { matchLexicon } from './mentions/lexmatch.ts';
import { findModelNames } from './mentions/models.ts';
import { caseCompatible } from './mentions/trie.ts';
import { discoverChinese } from './mentions/zh.ts';
import { allMatches } from '../regex.ts';

export function findMentions(doc: TurnedDocument, lexicon: Lexicon): MentionedDocument {
  const commonWords = lowerCaseWords(doc.turns.filter((t) => t.kind !== 'boilerplate').map((t) => t.text));
  const perTurn = doc.turns.filter((t) => t.kind !== 'boilerplate').map((turn) => ({ turn, candidates: mentionsInText(turn.text, lexicon, commonWords) }));
  const counts = new Map<string, number>();
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      if (!c.minCount) continue;
      const key = turn.text.slice(c.start, c.end).toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const defined = acronymDefinitions(perTurn.map(({ turn }) => turn.text));
  const mentions: Mention[] = [];
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      if (c.minCount && (counts.get(turn.text.slice(c.start, c.end).toLowerCase()) ?? 0) < c.minCount) continue;
      const surface = turn.text.slice(c.start, c.end);
      const definition = c.canonical === null && c.source === 'discovery' ? defined.get(surface) : undefined;
      if (definition) {
        const reason = `the document defines ${surface} as "${definition.longForm}"`;
        mentions.push({ turn: turn.id, start: c.start, end: c.end, surface, type: definition.type ?? c.type, canonical: definition.longForm, source: c.source, reason });
        continue;
      }
      mentions.push({ turn: turn.id, start: c.start, end: c.end, surface, type: c.type, canonical: c.canonical, source: c.source, reason: c.reason });
    }
  }
  return { ...doc, mentions };
}

/** Candidates in one text, overlaps settled; every span lies inside the text. */
export function mentionsInText(text: string, lexicon: Lexicon, commonWords: Set<string> = new Set()): Candidate[] {
  const tokens = hasHan(text) ? tagText(text) : null;
  const boundaries = tokens ? tokenBoundaries(tokens, text.length) : null;
  const candidates: Candidate[] = [
    ...matchLexicon(text, lexicon, boundaries),
    ...findModelNames(text, lexicon),
    ...(tokens ? discoverChinese(text, tokens, lexicon.cues) : []),
    ...discoverLatin(text, lexicon.cues, commonWords),
    ...discoverEnglishConcepts(text, lexicon.cues),
  ];
  const valid = (c: Candidate) => c.start >= 0 && c.end <= text.length && c.end > c.start;
  let settled = settleOverlaps(yieldToKnownNames(text, candidates.filter(valid)));
  if (tokens) settled = settleOverlaps([...settled, ...discoverListed(text, tokens, settled).filter(valid)]);
  return settled.map((c) => canonicaliseDiscovered(text, c, lexicon));
}

/** A discovered span that is in fact a lexicon alias (e.g. after suffix trimming) takes the entry's label and type. */
function canonicaliseDiscovered(text: string, c: Candidate, lexicon: Lexicon): Candidate {
  if (c.canonical !== null) return c;
  const surface = text.slice(c.start, c.end);
  const known = lexicon.matcher.lookup(surface).find((v) => caseCompatible(v.alias, surface)); // "CHIPS" is no chips
  return known ? { ...c, canonical: known.value.label, type: known.value.type, source: 'lexicon', minCount: undefined } : c;
}

/** Per offset 0 … text.length, 1 where a token starts or ends. */
function tokenBoundaries(tokens: { start: number; end: number }[], length: number): Uint8Array {
  const at = new Uint8Array(length + 1);
  for (const t of tokens) {
    at[t.start] = 1;
    at[t.end] = 1;
  }
  return at;
}

const LOWER_CASE_WORD = /(?<![A-Za-z])[a-z][a-z'’-]*/g;

/** Every word the document writes in lower case at least once (so "Right" at a sentence start is no name). */
function lowerCaseWords(texts: string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const m of allMatches(LOWER_CASE_WORD, text)) set.add(m[0]);
  return set;
}
