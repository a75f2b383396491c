// Short forms of English names, found in Latin words: once the document names Veridian Systems (or a cue names a bare
// Veridian), a bare Veridian is that company (companyshort.ts); "the Kings" is the Sacramento Kings; Passage a product line.
import type { Lexicon } from '../../lexicon.ts';
import { settleOverlaps, type Candidate } from './candidate.ts';
import { companyShortFormsIn, shortFormMention, type NamedCompany, type ShortForm } from './companyshort.ts';
import { MODEL_NUMBER, PLACE_AND_PLURAL_REASON } from './latinshapes.ts';
import { knownFirstName } from '../../compromise.ts';

/** A short form; a product line (Passage for Passage M1000) is a product of its own, not its version's alias. */
export type LatinShortForm = ShortForm & { line?: true };

/** "Passage M1000", "Kestrel 4": one or two name words, then the model number that ends the product's name. */
const VERSIONED_PRODUCT = /^([A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+)?) (\S+)$/;

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
export function latinShortForms(perTurn: Array<{ turn: { text: string }; candidates: Candidate[] }>, lexicon: Lexicon, commonWords: Set<string>): Map<string, LatinShortForm> {
  const stop = new Set(lexicon.cues.enStopwords.words);
  const companies: NamedCompany[] = [];
  const personNames = new Set<string>();
  // "the Kings" for the Sacramento Kings: a team goes by its last word, the plural noun after the place.
  const nicknames = new Map<string, ShortForm | null>();
  // "What does Passage do?" after "the Passage M1000 interconnect": the product line goes by the name before the number.
  const lines = new Map<string, LatinShortForm>();
  // Only a version a product noun names ("the Passage M1000 interconnect"): in "Airbus A321neo" the first word is the maker.
  const productNoun = lexicon.cues.suffix.find((r) => r.id === 'en-product-hint')?.reason;
  // "Lilly" after "Eli Lilly": a lexicon company named after its founder goes by the surname.
  const founders = new Map<string, ShortForm>();
  const lexiconCompanies = new Set<string>();
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      if (c.type === 'organization' && c.source === 'lexicon' && c.canonical && !lexiconCompanies.has(c.canonical)) {
        lexiconCompanies.add(c.canonical);
        const surname = founderSurname(c.canonical);
        if (surname) founders.set(surname, { canonical: c.canonical, full: c.canonical });
      }
      if (c.type === 'product' && c.source === 'discovery' && c.reason === productNoun) {
        const versioned = VERSIONED_PRODUCT.exec(turn.text.slice(c.start, c.end));
        if (versioned && (MODEL_NUMBER.test(versioned[2]) || /^\d{1,3}$/.test(versioned[2]))) lines.set(versioned[1], { canonical: versioned[1], full: versioned[0], line: true });
      } else if (c.type === 'organization' && c.source === 'discovery') {
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
      // "Lantern & Quill" for "Lantern & Quill Press": an "&" between two name words is part of the short form.
      isNameShaped: (short) => short.length >= 3 && short.split(' ').every((w, i, all) => LATIN_NAME_WORD.test(w) || (w === '&' && i > 0 && i < all.length - 1)),
      isCommonWord: (short) => short.split(' ').some((w) => stop.has(w) || commonWords.has(w.toLowerCase())),
      personNames,
    },
    lexicon,
  );
  const out: Map<string, LatinShortForm> = shortForms;
  for (const [nickname, form] of nicknames) {
    if (form && !out.has(nickname) && !stop.has(nickname) && !commonWords.has(nickname.toLowerCase())) out.set(nickname, form);
  }
  for (const [surname, form] of founders) {
    const known = lexicon.matcher.lookup(surname).length > 0;
    if (!out.has(surname) && !known && !personNames.has(surname) && !stop.has(surname) && !commonWords.has(surname.toLowerCase())) out.set(surname, form);
  }
  for (const [line, form] of lines) {
    const known = lexicon.matcher.lookup(line).length > 0;
    if (!out.has(line) && !known && !personNames.has(line) && line.split(' ').every((w) => !stop.has(w) && !commonWords.has(w.toLowerCase()))) out.set(line, form);
  }
  return out;
}

/** "Eli Lilly", "William Blair": a first name and a surname, each a capital and lower-case letters. */
const FOUNDER_NAME = /^([A-ZÀ-Þ][a-zà-ÿ]+) ([A-ZÀ-Þ][a-zà-ÿ]{2,})$/;

/**
 * The surname a company named after its founder goes by once the document names it in full ("Lilly" for Eli Lilly,
 * "Blair" for William Blair): the first word a first name compromise knows, else null. The caller drops a surname that
 * is part of a person's name in the document ("Lilly Chen"), a common word or another lexicon name.
 */
function founderSurname(label: string): string | null {
  const m = FOUNDER_NAME.exec(label);
  return m && knownFirstName(m[1]) ? m[2] : null;
}

/**
 * The text's candidates with each whole-word short form added (a longer name over it still wins the overlap).
 * The lexicon is no longer read here (the mention comes from companyshort.ts); the parameter stays for the caller.
 * Linear in the text: each word start looks up the short forms that begin with its first characters, so a document
 * naming thousands of companies is not scanned once per company for every turn.
 */
export function withLatinShortForms(text: string, candidates: Candidate[], shortForms: Map<string, ShortForm>, _lexicon?: Lexicon): Candidate[] {
  // A few short forms (most documents): one search for each is quicker than visiting every word start.
  if (shortForms.size <= FEW) return withFewShortForms(text, candidates, shortForms);
  const index = shortFormIndex(shortForms);
  const found: { order: number; at: number; short: string; form: ShortForm }[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!WORD_CHAR.test(text[at]) || WORD_CHAR.test(text[at - 1] ?? '')) continue;
    const entries = index.byPrefix.get(text.slice(at, at + PREFIX));
    for (const { order, short, form } of entries ?? []) {
      if (text.startsWith(short, at) && !WORD_CHAR.test(text[at + short.length] ?? '')) found.push({ order, at, short, form });
    }
  }
  for (const { order, short, form } of index.short) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
      if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + short.length] ?? '')) found.push({ order, at, short, form });
    }
  }
  if (found.length === 0) return candidates;
  // In the order the one-short-form-at-a-time scan gave: by short form, then by place.
  found.sort((a, b) => a.order - b.order || a.at - b.at);
  const added: Candidate[] = [];
  let last = { order: -1, end: -1 };
  for (const { order, at, short, form } of found) {
    if (order === last.order && at < last.end) continue; // a short form's next occurrence starts after its last one
    added.push((form as LatinShortForm).line ? productLineMention(at, at + short.length, form) : shortFormMention(at, at + short.length, short, form));
    last = { order, end: at + short.length };
  }
  return settleOverlaps([...yieldingTo(candidates, added), ...added]);
}

/** Last words of a body named after the place it runs (Panama Canal Authority, Thames Valley Council): the place stays. */
const PLACE_BODY_HEAD = /\s(?:Authority|Authorities|Council|Commission|Board|Trust|Agency|Committee|Association|Society|Hospital|Museum|Gallery|Airport|Stadium)$/;

/**
 * "Harrow Bridge" for Harrow Bridge Capital, "Kestrel Valley" for Kestrel Valley Partners: a place guessed from the
 * name's last word alone (a discovery, no lexicon entry) gives way to the short form of the company the document names;
 * "the Panama Canal" beside the Panama Canal Authority is still the canal.
 */
function yieldingTo(candidates: Candidate[], added: Candidate[]): Candidate[] {
  const spans = new Set(added.filter((c) => !PLACE_BODY_HEAD.test(c.canonical ?? '')).map((c) => `${c.start}:${c.end}`));
  return candidates.filter((c) => !(c.source === 'discovery' && c.type === 'place' && spans.has(`${c.start}:${c.end}`)));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const FEW = 16;

/** Each short form searched for in turn: linear in the text for a bounded number of short forms. */
function withFewShortForms(text: string, candidates: Candidate[], shortForms: Map<string, ShortForm>): Candidate[] {
  const added: Candidate[] = [];
  for (const [short, form] of shortForms) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
      added.push((form as LatinShortForm).line ? productLineMention(at, end, form) : shortFormMention(at, end, short, form));
    }
  }
  return added.length === 0 ? candidates : settleOverlaps([...yieldingTo(candidates, added), ...added]);
}

/** Short forms are looked up by their first characters (isNameShaped keeps them to three or more). */
const PREFIX = 3;

interface IndexedShortForm {
  order: number;
  short: string;
  form: ShortForm;
}

const indexes = new WeakMap<Map<string, ShortForm>, { byPrefix: Map<string, IndexedShortForm[]>; short: IndexedShortForm[] }>();
/** The document's short forms by their first PREFIX characters (built once per document, not per turn). */
function shortFormIndex(shortForms: Map<string, ShortForm>) {
  let index = indexes.get(shortForms);
  if (index) return index;
  index = { byPrefix: new Map(), short: [] };
  let order = 0;
  for (const [short, form] of shortForms) {
    const entry = { order: order++, short, form };
    // A short form that does not start a word, or is shorter than the prefix, is found the old way (none today).
    if (short.length < PREFIX || !WORD_CHAR.test(short[0])) {
      index.short.push(entry);
      continue;
    }
    const key = short.slice(0, PREFIX);
    index.byPrefix.set(key, [...(index.byPrefix.get(key) ?? []), entry]);
  }
  indexes.set(shortForms, index);
  return index;
}

/** A product line standing alone: a product of its own name (Passage), not an alias of the version (Passage M1000). */
function productLineMention(start: number, end: number, form: ShortForm): Candidate {
  const reason = `the product line of ${form.full}, which the document names with its model number`;
  return { start, end, type: 'product', canonical: null, source: 'discovery', reason, priority: 1 };
}
