// Short forms of English company names, found in Latin words: once the document names Veridian Systems or Lumio
// Networks (or a cue names a bare Veridian), a bare Veridian or Lumio is that company (the rule is companyshort.ts).
import type { Lexicon } from '../../lexicon.ts';
import { settleOverlaps, type Candidate } from './candidate.ts';
import { companyShortFormsIn, shortFormMention, type NamedCompany, type ShortForm } from './companyshort.ts';
import { PLACE_AND_PLURAL_REASON } from './latinshapes.ts';

/** A capitalised word, as every word of an English short form is: it is never written in lower case here. */
const LATIN_NAME_WORD = /^[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9'’-]*$/;
/** A word of a person's full name (Morgan, Hale in Morgan Hale). */
const LATIN_NAME_PART = /^[A-ZÀ-Þ][A-Za-zà-ÿ'’.-]+$/;

/**
 * Short forms of the organisations the document discovers in Latin words (Veridian for Veridian Systems): capitalised
 * words, none a stopword or a word the document writes in lower case, nor a part of a person's full name (Morgan
 * for Morgan Labs beside Morgan Hale). A lexicon company keeps to the aliases its entry lists: capitals alone cannot
 * tell a bare Scale or Stability from the word at a sentence start, as the Chinese tagger's name tags can.
 */
export function latinShortForms(perTurn: Array<{ turn: { text: string }; candidates: Candidate[] }>, lexicon: Lexicon, commonWords: Set<string>): Map<string, ShortForm> {
  const stop = new Set(lexicon.cues.enStopwords.words);
  const companies: NamedCompany[] = [];
  const personNames = new Set<string>();
  // "the Kings" for the Sacramento Kings: a team goes by its last word, the plural noun after the place.
  const nicknames = new Map<string, ShortForm | null>();
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      if (c.type === 'organization' && c.source === 'discovery') {
        const surface = turn.text.slice(c.start, c.end);
        if (c.reason === PLACE_AND_PLURAL_REASON) {
          const nickname = surface.slice(surface.lastIndexOf(' ') + 1);
          const known = nicknames.get(nickname);
          nicknames.set(nickname, known === undefined || known?.full === surface ? { canonical: c.canonical ?? surface, full: surface } : null);
        }
        // "chief scientist at Veridian": a one-word name a cue types (not a bare guess) is a name wherever it recurs,
        // at a sentence start or before "and" too, where discovery alone drops it.
        const whole = c.priority >= 1 && !c.minCount && !surface.includes(' ');
        companies.push({ surface, canonical: c.canonical ?? surface, whole });
      } else if (c.type === 'person') {
        const parts = turn.text.slice(c.start, c.end).split(' ');
        if (parts.length >= 2 && parts.every((p) => LATIN_NAME_PART.test(p))) for (const p of parts) personNames.add(p);
      }
    }
  }
  const shortForms = companyShortFormsIn(
    companies,
    {
      isNameShaped: (short) => short.length >= 3 && short.split(' ').every((w) => LATIN_NAME_WORD.test(w)),
      isCommonWord: (short) => short.split(' ').some((w) => stop.has(w) || commonWords.has(w.toLowerCase())),
      personNames,
    },
    lexicon,
  );
  for (const [nickname, form] of nicknames) {
    if (form && !shortForms.has(nickname) && !stop.has(nickname) && !commonWords.has(nickname.toLowerCase())) shortForms.set(nickname, form);
  }
  return shortForms;
}

/**
 * The text's candidates with each whole-word short form added (a longer name over it still wins the overlap).
 * The lexicon is no longer read here (the mention comes from companyshort.ts); the parameter stays for the caller.
 */
export function withLatinShortForms(text: string, candidates: Candidate[], shortForms: Map<string, ShortForm>, _lexicon?: Lexicon): Candidate[] {
  const added: Candidate[] = [];
  for (const [short, form] of shortForms) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      added.push(shortFormMention(at, end, short, form));
    }
  }
  return added.length === 0 ? candidates : settleOverlaps([...candidates, ...added]);
}
