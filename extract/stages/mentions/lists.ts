// Enumerations: names listed beside a known name take its type (台积电和博世、英飞凌、恩智浦 → four organizations;
// "1X, Figure, Agility Robotics, Tesla" → Figure is one too).
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';
import { allMatches } from '../../regex.ts';

const LIST_SEPARATORS = new Set(['、', '和', '与', '及', '以及', '或', '跟', '同']);
const ITEM_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'eng', 'j']);
const ITEM = /^(?:(?![一二三四五六七八九十两几第])\p{Script=Han}{2,5}|[A-Za-z][A-Za-z0-9.&-]{1,20})$/u;
const LISTABLE_TYPES = new Set(['organization', 'place', 'model', 'product', 'person']);

/** A list item: a settled mention, or a tagger token that could be a name. */
interface Unit {
  start: number;
  end: number;
  word: string;
  known: Candidate | null;
  /** A token whose tag allows a name, or a settled mention. */
  nameable: boolean;
}

/** A language's word (英文, 泰语, 粤语): a short name ending in 文 or 语. */
const LANGUAGE_WORD = /^\p{Script=Han}{1,3}[文语]$/u;
const LANGUAGE_SUFFIX = /^[文语]/u;

/** New candidates for unnamed items of lists that hold a lexicon-known name (settled candidates in, additions out). */
export function discoverListed(text: string, tokens: Token[], settled: Candidate[]): Candidate[] {
  const units: Unit[] = [];
  let c = 0;
  for (const t of tokens) {
    while (c < settled.length && settled[c].end <= t.start) c++;
    const cand = settled[c];
    if (cand && cand.start <= t.start && t.start < cand.end) {
      if (units[units.length - 1]?.known !== cand) units.push({ start: cand.start, end: cand.end, word: text.slice(cand.start, cand.end), known: cand, nameable: true });
      continue;
    }
    units.push({ start: t.start, end: t.end, word: t.word, known: null, nameable: ITEM_TAGS.has(t.tag) && ITEM.test(t.word) });
  }
  const isItem = (u: Unit | undefined) => u !== undefined && u.nameable;
  const out: Candidate[] = [];
  let k = 0;
  while (k < units.length) {
    if (!isItem(units[k])) {
      k++;
      continue;
    }
    const items: Unit[] = [units[k]];
    let j = k + 1;
    while (j + 1 < units.length && LIST_SEPARATORS.has(units[j].word) && units[j].start === units[j - 1].end && isItem(units[j + 1]) && units[j + 1].start === units[j].end) {
      items.push(units[j + 1]);
      j += 2;
    }
    k = j;
    if (items.length < 2) continue;
    const anchor = items.find((u) => u.known && u.known.source === 'lexicon' && LISTABLE_TYPES.has(u.known.type))?.known;
    if (!anchor) continue;
    // "翻译成了英文、泰文、越南文": words for languages (a country's name and 文/语) list no places.
    if (anchor.type === 'place' && (items.some((u) => !u.known && LANGUAGE_WORD.test(u.word)) || LANGUAGE_SUFFIX.test(text.slice(items[items.length - 1].end, items[items.length - 1].end + 1)))) continue;
    for (const item of items) {
      if (item.known) continue;
      out.push({ start: item.start, end: item.end, type: anchor.type, canonical: null, source: 'discovery', reason: `listed beside a known ${anchor.type}`, priority: 0 });
    }
  }
  return out;
}

/** A run of capitalised names joined by commas, "and", "or", "&" ("1X, Figure, Agility Robotics, Tesla"). */
const LATIN_ITEM = "[A-Z0-9][\\w.&'’-]*(?: [A-Z][\\w.&'’-]*){0,3}";
const LATIN_SEPARATOR = ',\\s+(?:and\\s+|or\\s+|&\\s+)?|\\s+(?:and|or|&)\\s+';
const LATIN_RUN = new RegExp(`(?<![\\w.&'’-])${LATIN_ITEM}(?:(?:${LATIN_SEPARATOR})${LATIN_ITEM})+`, 'g');
const LATIN_SPLIT = new RegExp(`(?:${LATIN_SEPARATOR})`, 'g');
const LATIN_WORD = /^[A-Z][a-z]{1,20}$/;

/**
 * New organizations for the bare capitalised words of an English list that holds two or more organizations the
 * lexicon knows ("1X, Figure, Agility Robotics, Tesla": Figure, which alone reads as a word). Only items after a known
 * one count, so a name addressed first ("Yuki, 1X, Figure…") is no company. Settled candidates in, additions out.
 */
export function discoverListedLatin(text: string, settled: Candidate[]): Candidate[] {
  const knownAt = new Map<number, Candidate>();
  for (const c of settled) if (c.source === 'lexicon' && c.type === 'organization') knownAt.set(c.start, c);
  if (knownAt.size < 2) return [];
  const coveredAt = new Set(settled.map((c) => c.start));
  const out: Candidate[] = [];
  for (const run of allMatches(LATIN_RUN, text)) {
    const items: { start: number; end: number }[] = [];
    let at = 0;
    LATIN_SPLIT.lastIndex = 0;
    for (let sep = LATIN_SPLIT.exec(run[0]); sep; sep = LATIN_SPLIT.exec(run[0])) {
      items.push({ start: run.index + at, end: run.index + sep.index });
      at = sep.index + sep[0].length;
    }
    items.push({ start: run.index + at, end: run.index + run[0].length });
    const known = items.map((item) => knownAt.get(item.start)?.end === item.end);
    if (known.filter(Boolean).length < 2) continue;
    const firstKnown = known.indexOf(true);
    items.forEach((item, i) => {
      if (i <= firstKnown || known[i] || coveredAt.has(item.start) || !LATIN_WORD.test(text.slice(item.start, item.end))) return;
      out.push({ start: item.start, end: item.end, type: 'organization', canonical: null, source: 'discovery', reason: 'listed after known organizations (1X, Figure, Agility Robotics, Tesla)', priority: 0 });
    });
  }
  return out;
}

/** A bare guess at an organization: one capitalised word the document never writes in lower case, no cue about it. */
const isBareOrganization = (c: Candidate, text: string) =>
  c.type === 'organization' && c.source === 'discovery' && c.priority === 0 && PLACE_WORD.test(text.slice(c.start, c.end));
/** LATIN_RUN and LATIN_SPLIT with letters of any Latin script (Quimperlé, Monção), no stop inside an item. */
const PLACE_ITEM = "\\p{Lu}[\\p{L}\\p{M}\\d&'’-]*(?: \\p{Lu}[\\p{L}\\p{M}\\d&'’-]*){0,3}";
const PLACE_RUN = new RegExp(`(?<![\\p{L}\\p{M}\\d.&'’-])${PLACE_ITEM}(?:(?:${LATIN_SEPARATOR})${PLACE_ITEM})+`, 'gu');
const PLACE_SPLIT = new RegExp(`(?:${LATIN_SEPARATOR})`, 'gu');
const PLACE_WORD = /^\p{Lu}[\p{Ll}\p{M}]{1,20}$/u;
/** A preposition of place right before a list: "most in Kassala, Gedaref and Khartoum". */
const PLACE_LIST_OPENING = /(?:^|[^\p{L}])(?:in|from|to|across|near|around|throughout|between|outside)\s+$/u;
/** " in …", " at …" right after a word: where that one is. */
const PLACED_AFTER = /^ (?:in|at) /;
/** A plural word for regions right after a list: "in Butte and Tehama counties", "in Kirundo and Ngozi provinces". */
const REGIONS_AFTER = /^\s+(?:counties|states|provinces|regions|districts|prefectures|departments|municipalities|oblasts|cantons)\b/;
/** " in " right after a list, then a place the lexicon or a cue knows: "in Huila and Nariño in Colombia". */
const IN_PLACE_AFTER = /^,? in (?:the )?/;

/**
 * "in Kassala, Gedaref and Khartoum states": bare guesses listed beside a place the lexicon or a cue knows are places
 * too, when a preposition of place opens the list and no item of it is an organization on other grounds; so are the
 * bare words of a list a word for regions or "in" and a known place closes ("in Butte and Tehama counties", "in Huila
 * and Nariño in Colombia"). Settled candidates in, the same out (retyped).
 */
export function retypeListedPlaces(text: string, settled: Candidate[]): Candidate[] {
  // By end: an item's words may open with a sentence's first word ("Then Paris, Lyon and Quimperlé").
  const endingAt = new Map<number, Candidate>();
  const startingAt = new Map<number, Candidate>();
  for (const c of settled) {
    endingAt.set(c.end, c);
    startingAt.set(c.start, c);
  }
  const retyped = new Set<Candidate>();
  for (const run of allMatches(PLACE_RUN, text)) {
    // "Lyon and Vantaa signed the deal": only a list a preposition of place opens lists places.
    if (!PLACE_LIST_OPENING.test(text.slice(Math.max(0, run.index - 12), run.index))) continue;
    const items: (Candidate | undefined)[] = [];
    let from = 0;
    PLACE_SPLIT.lastIndex = 0;
    const spans: [number, number][] = [];
    for (let sep = PLACE_SPLIT.exec(run[0]); sep; sep = PLACE_SPLIT.exec(run[0])) {
      spans.push([run.index + from, run.index + sep.index]);
      from = sep.index + sep[0].length;
    }
    spans.push([run.index + from, run.index + run[0].length]);
    for (const [start, end] of spans) {
      const c = endingAt.get(end);
      items.push(c && c.start >= start ? c : undefined);
    }
    // "in Butte and Tehama counties", "in Huila and Nariño in Colombia": a list of bare words only, that a word for
    // regions or a known place after "in" closes, lists places.
    const runEnd = run.index + run[0].length;
    const inPlace = IN_PLACE_AFTER.exec(text.slice(runEnd, runEnd + 8));
    const closed = REGIONS_AFTER.test(text.slice(runEnd, runEnd + 16)) || (inPlace !== null && startingAt.get(runEnd + inPlace[0].length)?.type === 'place');
    if (closed && items.every((c) => c !== undefined && isBareOrganization(c, text))) {
      for (const c of items) retyped.add(c as Candidate);
      continue;
    }
    // "Samsung in Taylor, Texas, and Micron in upstate New York": a word placed somewhere is no place itself.
    const bare = items.filter((c): c is Candidate => c !== undefined && isBareOrganization(c, text) && !PLACED_AFTER.test(text.slice(c.end, c.end + 4)));
    if (bare.length === 0 || !items.some((c) => c?.type === 'place')) continue;
    if (items.some((c) => c === undefined || (c.type !== 'place' && !bare.includes(c)))) continue;
    for (const c of bare) retyped.add(c);
  }
  if (retyped.size === 0) return settled;
  return settled.map((c) => (retyped.has(c) ? { ...c, type: 'place', reason: 'listed beside a known place (Kassala, Gedaref and Khartoum)' } : c));
}
