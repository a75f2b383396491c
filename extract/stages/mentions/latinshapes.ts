// The shapes of English names beyond capitals (extract/stages/mentions/latin.ts reads them): model numbers and
// edition words of products, model and organization nouns before "called", teams, headings, clocks and stage directions.
import { FIRST_NAME_TAGS, tagsOf } from '../../compromise.ts';
import type { Candidate } from './candidate.ts';
import { allMatches } from '../../regex.ts';

/** A word of Latin text with its span. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The head words of names that the shape rules look at (cues.json orgHeads, orgLeadingHeads, placeHeads, ...). */
export interface HeadWords {
  orgHeads: Set<string>;
  orgLeads: Set<string>;
  placeHeads: Set<string>;
  eventHeads: Set<string>;
  workHeads: Set<string>;
}

export const isCapitalised = (w: string): boolean => /^[A-ZÀ-Þ]/.test(w) || /^[a-z]+[A-Z]/.test(w);
export const isCamelCase = (w: string): boolean => /[a-z][A-Z]/.test(w) || /^[A-Z]{2}[a-z]{3,}$/.test(w);
/** A word in capitals as a title-case word: "AUDIENCE MEMBER:" is the role "Audience Member" written as a label. */
export function titled(w: string): string {
  return /^[A-Z]{2,}$/.test(w) ? w[0] + w.slice(1).toLowerCase() : w;
}

export function stripPossessive(w: string): string {
  return w.replace(/['’]s$/, '');
}

export const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Address']);
export const PORTFOLIO_HEADS = new Set(['Ministry', 'Department', 'Secretariat']);

/** "A321neo", "H100", "H100s", "X5": a model number (letters then digits); not a quarter (Q3), a summit (COP28, G20) or a year (CES2024). */
export const MODEL_NUMBER = /^(?!Q\d|COP\d|G\d|[A-Z]{1,3}(?:19|20)\d\d$)[A-Z]{1,3}\d{1,4}(?:[a-z]{1,3})?$/;
/** Edition words that end a product's name after a brand written in CamelCase (MacBook Pro, iPad Air, PowerEdge Max). */
const EDITION = /^(?:Pro|Max|Ultra|Mini|Plus|Air|Lite|SE)$/;
export const PRODUCT_NAME_REASON = 'a name ending in a model number (Airbus A321neo, NVIDIA H100) or, after a CamelCase brand, an edition word (MacBook Pro) is a product';

/** A product's name by its last word: a model number after a name, or an edition word after a CamelCase or numbered name. */
export function isProductName(names: string[]): boolean {
  const last = names[names.length - 1];
  if (MODEL_NUMBER.test(last)) return true;
  const before = names[names.length - 2];
  return EDITION.test(last) && (isCamelCase(before) || MODEL_NUMBER.test(before) || EDITION.test(before));
}

/** Nouns of a machine-learning model (a codec and a tokenizer are models too). */
const MODEL_NOUNS = String.raw`(?:(?:language|foundation|diffusion|speech|audio|vision|video|protein|base|reasoning|frontier|open[- ]weights?)\s+)?(?:models?|LLMs?|codecs?|tokenizers?|encoders?|decoders?|checkpoints?)`;
/** "a group called X", "a startup named X", "a lab called X" right before the name. */
export const ORG_CALLED = /\b(?:company|companies|startup|start-up|firm|lab|laboratory|group|team|fund|nonprofit|non-profit|agency|organization|organisation|collective|consortium|club)\s+(?:called|named|dubbed)\s+["“]?$/i;
/** "a model called X", "a codec named X", "an LLM we call X" right before the name. */
export const MODEL_CALLED = new RegExp(String.raw`\b${MODEL_NOUNS}\s+(?:called|named|dubbed|(?:that|which)?\s*we\s+call(?:ed)?)\s+["“]?$`, 'i');
/** ", the codec that we used", ", a protein language model from Meta": an appositive whose head is a model noun. */
export const MODEL_APPOSITIVE = new RegExp(
  String.raw`^,\s+(?:a|an|the|our|their|its)\s+(?:(?!(?:of|at|in|for|with|to|who|whose|and|or|from|on|by)\s)[A-Za-z0-9-]+\s+){0,3}?${MODEL_NOUNS}` +
    String.raw`(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|we|they|from|by|behind|released|trained|built|used|developed|made)\b)`,
);
/** "We fine-tuned MiniCPM", "a quantized Orvik": a verb only models take, right before the name. */
export const MODEL_VERB_BEFORE = /\b(?:fine-?tun(?:ed|es?|ing)|quantiz(?:ed|es?|ing)|quantis(?:ed|es?|ing)|distill(?:ed|s|ing)?\s+from|pre-?trained|post-?trained)\s+(?:(?:the|a|an|our|their|its)\s+)?$/i;
/** "Orion-3B", "Kestrel-70B", "Vela-1.5B": a name with a parameter count is a model. */
export const PARAMETER_COUNT = /^[A-Z][A-Za-z0-9]*-\d+(?:\.\d+)?[BM]$/;
export const MODEL_NOUN_REASON = 'a model noun before "called" (a model called X) or heading an appositive (X, the codec that we used) says the name is a model';

export const PLACE_AND_PLURAL_REASON = 'a place and a plural noun (Sacramento Kings, New York Giants) name a team or a company, not a place';

/** First words of place names that compromise does not tag as places (New York, San Diego, Fort Worth). */
const PLACE_PREFIXES = new Set(['New', 'San', 'Santa', 'Los', 'Las', 'St', 'St.', 'Saint', 'Fort', 'Port', 'North', 'South', 'East', 'West', 'Golden']);

/**
 * "Sacramento Kings", "Chicago Bulls", "New York Giants": a place compromise knows and one plural noun after it (not a
 * place head: "Hawaiian Islands") is a team or a company.
 */
export function isPlaceAndPlural(names: string[], ix: HeadWords): boolean {
  if (names.length < 2 || names.length > 3) return false;
  const last = names[names.length - 1];
  if (!/^[A-Z][a-z]+[^s]s$/.test(last) || ix.placeHeads.has(last) || ix.orgHeads.has(last)) return false;
  const place = (w: string) => tagsOf(w.toLowerCase()).some((t) => PLACE_TAGS.has(t));
  const before = names.slice(0, -1);
  return before.some(place) && before.every((w) => place(w) || PLACE_PREFIXES.has(w));
}

/** Small words names hold (BANK OF AMERICA, INSTITUTE FOR ADVANCED STUDY) and ones only a heading holds (BRIEFING BY). */
const NAME_SMALL_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'AT', 'IN']);
const HEADING_SMALL_WORDS = new Set(['BY', 'WITH', 'FROM', 'ON', 'TO', 'ABOUT', 'VS', 'VERSUS']);
/**
 * Three words or more in capitals with a small word: a heading, not a name or a run of acronyms, when the small word
 * is one only headings hold (PRESS BRIEFING BY THE MINISTRY OF TRANSPORT), or none of the words is a head word of a
 * name (UNIVERSITY OF MICHIGAN, MINISTRY OF ENERGY stay names).
 */
export function isCapitalsHeading(group: Word[], ix: HeadWords): boolean {
  if (group.length < 3 || !group.every((w) => /^[A-Z]{2,}$/.test(w.text))) return false;
  if (group.some((w) => HEADING_SMALL_WORDS.has(w.text))) return true;
  if (!group.some((w) => NAME_SMALL_WORDS.has(w.text))) return false;
  const head = (w: Word) => {
    const t = titled(w.text);
    return ix.orgHeads.has(t) || ix.orgLeads.has(t) || ix.placeHeads.has(t) || ix.eventHeads.has(t) || ix.workHeads.has(t) || PORTFOLIO_HEADS.has(t);
  };
  return !group.some(head);
}

/** Where a run of up to three capitalised words from `from` ends when its last word is an organization, place or event head; else `from`. */
export function headedRunEnd(text: string, words: Word[], from: number, ix: HeadWords): number {
  let m = from;
  while (m < words.length && m - from < 3 && isCapitalised(words[m].text) && (m === from || text.slice(words[m - 1].end, words[m].start) === ' ')) m++;
  for (let end = m; end > from; end--) {
    const head = stripPossessive(words[end - 1].text);
    if (ix.orgHeads.has(head) || ix.placeHeads.has(head) || ix.eventHeads.has(head)) return end;
  }
  return from;
}

/**
 * "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM": a run of capitals inside a sentence written
 * all in capitals (five words or more) is a notice, not a name, unless a head word of a name closes it (BANK OF
 * AMERICA is matched by the lexicon anyway). The sentence is read at most 200 characters each way.
 */
export function inShoutedSentence(text: string, group: Word[], ix: HeadWords): boolean {
  if (group.length < 2 || !group.every((w) => /^[A-Z]{2,}$/.test(w.text))) return false;
  const last = titled(stripPossessive(group[group.length - 1].text));
  if (ix.orgHeads.has(last) || ix.placeHeads.has(last) || ix.eventHeads.has(last) || ix.workHeads.has(last)) return false;
  const before = text.slice(Math.max(0, group[0].start - 200), group[0].start);
  const after = text.slice(group[group.length - 1].end, group[group.length - 1].end + 200);
  const sentence = (/[^.!?\n]*$/.exec(before)?.[0] ?? '') + text.slice(group[0].start, group[group.length - 1].end) + (/^[^.!?\n]*/.exec(after)?.[0] ?? '');
  return !/[a-z]/.test(sentence) && (sentence.match(/[A-Z]+/g)?.length ?? 0) >= 5;
}

/** A bracket holding only words in capitals, two or more: "(BEGIN VIDEO CLIP)", "[COMMERCIAL BREAK]". */
const STAGE_DIRECTION = /[([][ \t]*[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+[ \t]*[)\]]/g;

/** Candidates outside stage directions: "(BEGIN VIDEO CLIP)" holds no model CLIP. One pass over the text. */
export function outsideStageDirections(text: string, candidates: Candidate[]): Candidate[] {
  STAGE_DIRECTION.lastIndex = 0;
  const spans: Array<[number, number]> = [];
  for (const m of allMatches(STAGE_DIRECTION, text)) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0) return candidates;
  const inside = (c: Candidate) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][1] <= c.start) lo = mid + 1;
      else if (spans[mid][0] > c.start) hi = mid - 1;
      else return c.end <= spans[mid][1];
    }
    return false;
  };
  return candidates.filter((c) => !inside(c));
}

/** A clock time right before a word: "10:31 ", "10:31 A.M. ", "9.30pm ". */
export const CLOCK_BEFORE = /\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+$/;

/** A preposition or article right before a name: "in Stanley Park", "at the Albert Hall" are places. */
const PLACE_LEAD = /(?:^|[^A-Za-z])(?:the|in|at|near|to|from|into|through|across|around|outside|inside|of|by)\s+$/i;

/**
 * "Lena Park", "Grace Hall": a known first name and a place head that is also a surname, not after a preposition or
 * article ("in Stanley Park"), is a person's name.
 */
export function firstNameAndSurname(text: string, start: number, names: string[]): boolean {
  if (names.length !== 2 || PLACE_LEAD.test(text.slice(Math.max(0, start - 10), start))) return false;
  const tags = tagsOf(names[0].toLowerCase());
  return tags.some((t) => FIRST_NAME_TAGS.has(t)) && !tags.some((t) => PLACE_TAGS.has(t));
}

/**
 * "Radio New Zealand", "Bank of South Korea": a guessed personal name that ends in a known place of two words or more
 * is an organization named after that place (a surname may be a place, Jack London; a two-word place ends no name).
 */
export function namesEndingInPlaces(text: string, candidates: Candidate[]): Candidate[] {
  const placeEnds = new Map<number, Candidate>();
  for (const c of candidates) if (c.source === 'lexicon' && c.type === 'place' && /\s/.test(text.slice(c.start, c.end))) placeEnds.set(c.end, c);
  if (placeEnds.size === 0) return candidates;
  return candidates.map((c) => {
    if (c.source !== 'discovery' || c.priority !== 0 || c.type !== 'person') return c;
    const place = placeEnds.get(c.end);
    if (!place || place.start <= c.start) return c;
    return { ...c, type: 'organization', reason: 'a name ending in a known place of two words or more (Radio New Zealand) is an organization named after it' };
  });
}
