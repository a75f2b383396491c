// Open discovery in Latin-script text: capitalised multi-word names, CamelCase names and acronyms, typed by
// cues (CEO X, X Labs, X公司, X模型), by shape, and by compromise on the candidate alone (never whole text).
import { alternation, allMatches } from '../../regex.ts';
import { compromiseModel, FIRST_NAME_TAGS, knownFirstName, tagsOf } from '../../compromise.ts';
import type { EntityType } from '../../../src/model.ts';
import type { CueRule, Cues } from './cues.ts';
import type { Candidate } from './candidate.ts';
import { prefixCue, suffixCue } from './zh.ts';
import { cabinetDepartment } from './secretaries.ts';
import {
  CLOCK_BEFORE,
  firstNameAndSurname,
  headedRunEnd,
  inShoutedSentence,
  isCamelCase,
  isCapitalised,
  isCapitalsHeading,
  isPlaceAndPlural,
  isProductName,
  MODEL_APPOSITIVE,
  MODEL_CALLED,
  MODEL_NOUN_REASON,
  MODEL_NUMBER,
  MODEL_VERB_BEFORE,
  ORG_CALLED,
  PARAMETER_COUNT,
  PLACE_AND_PLURAL_REASON,
  PLACE_TAGS,
  PORTFOLIO_HEADS,
  PRODUCT_NAME_REASON,
  stripPossessive,
  titled,
  type Word,
} from './latinshapes.ts';

// A word starts with a letter, or with digits before a capital ("1X", "3M": company names that start with a number).
// An asterisk joins two capitals' parts as a name writes it (A*STAR), never a word and its Markdown emphasis (*word*).
const WORD = /(?:[A-Za-zÀ-ɏ]|\d+(?=[A-Z]))[A-Za-zÀ-ɏ0-9\p{M}]*(?:['’.&-][A-Za-zÀ-ɏ0-9\p{M}]+|(?<=[A-Z])\*[A-Z]+(?![A-Za-z]*\*))*/gu;
const SENTENCE_END = /[.!?。！？:：;；"“”'‘’()（）\-–—*>#\]\[]$/;

interface LatinIndex {
  stop: Set<string>;
  connectors: Set<string>;
  orgHeads: Set<string>;
  orgLeads: Set<string>;
  placeHeads: Set<string>;
  eventHeads: Set<string>;
  workHeads: Set<string>;
  numberedWorkHeads: Set<string>;
  benchmarkHeads: Set<string>;
  titles: Set<string>;
  headedConnectors: Set<string>;
  roleWords: Set<string>;
  /** Given names compromise does not list (cues enGivenNames: Renaud, Thibault, Amélie). */
  givenNames: Set<string>;
  /** ", a thermal storage startup based in …" right after a name (cues enOrgAppositiveHeads). */
  orgAppositive: RegExp;
  /** " is still the most active group." right after a name (the same heads). */
  orgPredicate: RegExp;
  /** " is the household robot we built" right after a name (cues en-product-hint words). */
  productPredicate: RegExp;
}
const indexes = new WeakMap<Cues, LatinIndex>();
function index(cues: Cues): LatinIndex {
  let ix = indexes.get(cues);
  if (!ix) {
    ix = {
      stop: new Set(cues.enStopwords.words),
      connectors: new Set(cues.enConnectors.words),
      orgHeads: new Set(cues.orgHeads.words),
      orgLeads: new Set(cues.orgLeadingHeads.words),
      placeHeads: new Set(cues.placeHeads.words),
      eventHeads: new Set(cues.eventHeads.words),
      workHeads: new Set(cues.workHeads.words),
      numberedWorkHeads: new Set(cues.numberedWorkHeads.words),
      benchmarkHeads: new Set(cues.benchmarkHeads.words),
      titles: new Set(cues.prefix.filter((r) => r.type === 'person').flatMap((r) => r.words)),
      headedConnectors: new Set(cues.enHeadedConnectors.words),
      roleWords: new Set(cues.enRoleWords.words),
      givenNames: new Set(cues.enGivenNames.words),
      orgAppositive: orgAppositivePattern(cues.enOrgAppositiveHeads.words),
      orgPredicate: orgAppositivePattern(cues.enOrgAppositiveHeads.words, PREDICATE_OPENING),
      productPredicate: productPredicatePattern(cues.suffix.filter((r) => r.type === 'product' && r.id.startsWith('en-')).flatMap((r) => r.words).filter((w) => !PREDICATE_NOT_PRODUCT.has(w)), cues.enOrgAppositiveHeads.words),
    };
    indexes.set(cues, ix);
  }
  return ix;
}

/**
 * ", (which is) a/an/the (up to four modifiers) HEAD" closing the appositive (punctuation, or based/in/from/out of/that/which…
 * after the head): "Helio Thermal, a thermal storage startup out of Denver". Modifiers hold no preposition, so
 * "Alice, a member of the group" is no appositive of a group, and "a startup founder" is no startup.
 */
function orgAppositivePattern(heads: string[], opening = APPOSITIVE_OPENING): RegExp {
  // The head in title case too: "Waka Kotahi, the New Zealand Transport Agency," names the agency it is.
  const alternatives = alternation([...heads, ...heads.map((h) => h[0].toUpperCase() + h.slice(1))]);
  return new RegExp(
    `^${opening}(?:a|an|the)\\s+(?:(?!(?:of|at|in|for|with|to|who|whose|and|or|from|on|by)\\s)[A-Za-z0-9-]+\\s+){0,4}?(?:${alternatives})` +
      `(?=\\s*(?:[,.;:)—–]|$)|\\s+(?:based|headquartered|located|in|from|out|that|which|whose|with|founded|backed|owned|building|making|run|led|specializing|focused|known|called|named)\\b)`,
  );
}

/**
 * " is/was the/our/a (up to three modifiers) robot|drone|chip…" after a name, the product noun not followed by a word for
 * a company ("the humanoid robot company" says organization).
 */
/** Product hints that, said of a name, name a part of a company ("Kestrel is the investment arm of Y"). */
const PREDICATE_NOT_PRODUCT = new Set(['arm', 'arms']);
function productPredicatePattern(nouns: string[], orgHeads: string[]): RegExp {
  return new RegExp(
    `^${PREDICATE_OPENING}(?:a|an|the|our|their|its)\\s+(?:(?!(?:of|at|in|for|with|to|who|whose|and|or|from|on|by)\\s)[A-Za-z0-9-]+\\s+){0,3}?(?:${alternation(nouns)})\\b(?![-'’]|\\s+(?:${alternation(orgHeads)})\\b)`,
  );
}

/** ", (which is) " before an appositive; " is (still) " before a predicate ("Scattered Spider is still the most active group"). */
const APPOSITIVE_OPENING = String.raw`,\s+(?:(?:which|that)\s+(?:is|was)\s+)?`;
const PREDICATE_OPENING = String.raw`\s+(?:is|was|has\s+been|remains)\s+(?:(?:still|now|also|actually|basically|just|really)\s+)?`;

/** Hyphenated modifiers that turn a name into an adjective ("Atlas-class", "OpenAI-style", "Gemini-powered", "English-speaking", "US-made"). */
const MODIFIER_SUFFIX = /-(?:class|style|like|based|level|sized?|grade|scale|powered|driven|native|first|ready|friendly|focused|specific|only|free|backed|owned|compatible|inspired|esque|speaking|made|led|funded|born|trained|built|approved|certified|cleared|generated|enabled|assisted|related|centric|aware|facing|dependent)$/i;

/** Sentence adverbs by shape (Honestly, Frankly, Personally, Obviously, Unfortunately); seven letters or more, so Sally stays. */
const ADVERB_SHAPE = /^[A-Z][a-z]{2,}(?:ally|ously|ently|antly|estly|ankly|ibly|ably|ately|ively|fully|ingly|arly|ssly|ctly|tly|dly)$/;

/** compromise's tags of words that never sit inside a name ("The", "And", "With", "Our"). */
const FUNCTION_WORD_TAGS = new Set(['Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Possessive', 'Copula', 'Modal', 'Auxiliary']);

/** Words that follow an ordinal in a reporting period ("Third Quarter", "First Half"). */
const FISCAL_PERIOD = /^(?:Quarter|Half|Fiscal|Quarterly)$/;
/** Adjectives that open institutions' names, never a person's first name: "National Grid", "Federal Express", "Royal Mail". */
const INSTITUTIONAL_OPENING = /^(?:National|Federal|Central|Global|Digital|Regional|International|Royal|Imperial|Metropolitan|Municipal|Continental|Provincial)$/;
/** A listed company's day for investors and analysts: "R&D Day", "Investor Day", "Capital Markets Day", "Analyst Day". */
const INVESTOR_DAY = /^(?:R&D|Investor|Investors['’]?|Analyst|Capital Markets|Innovation|Pipeline) Day\b/;
/** A reporting period written short: Q3, H1, FY2024, FY24, 1Q24, 3Q. */
const REPORTING_PERIOD = /^(?:Q[1-4]|H[12]|FY(?:\d{2}|\d{4})?|[1-4]Q(?:\d{2})?)$/;
const isAcronym = (w: string): boolean => /^[A-Z][A-Z0-9&]{1,5}s?$/.test(w) || /^[A-Z]{1,3}\*[A-Z]{2,6}$/.test(w);
/** "1X", "3M", but also "3D", "5G", "4K": such a word starts a name only when the name ends in an organization word. */
const isDigitName = (w: string): boolean => /^\d+[A-Z]/.test(w);

/** Institutions named after someone's: "King's College London", "Children's Hospital", "Queen's University", "St Thomas' NHS Foundation Trust". */
const POSSESSIVE_INSTITUTION = /^(?:College|University|School|Hospital|Academy|Cathedral|Trust|Centre|Center|Institute)$/;
/** "Hill's Pet Nutrition", "Kellogg's Foods", "Nathan's Restaurants Inc": a family's firm, named with its trade. */
const POSSESSIVE_FIRM_LAST = /^(?:Inc\.?|Corp\.?|Corporation|Company|Ltd|LLC|Group|Holdings|Foods|Brands|Nutrition|Stores|Markets|Farms|Beverages|Apparel|Restaurants|Bakery|Brewery|Distillery|Records|Press|Publishing|Pictures|Studios|Industries|Laboratories|Motors|Airlines)$/;
/** A plural naming a group of people, as the possessor of their body's name: Longshoremen, Women, Children, Farmers. */
const GROUP_OWNER = /^[A-Z][a-z]*(?:men|ren|ple|ers)$/;
/** Bodies named for the group they gather: the Women's Tennis Association, the National Farmers' Union. */
const GROUP_BODY = /^(?:Association|Union|Federation|League|Guild|Alliance|Council|Society|Party|Club|Fund)$/;
/** A possessive word: "King's", or "Thomas" written "Thomas'" (the apostrophe is the gap after it). */
const isPossessive = (text: string, w: Word): boolean => /['’]s$/.test(w.text) || (/s$/.test(w.text) && /^['’]/.test(text.slice(w.end, w.end + 1)));
/** At most this many words from a possessive to the institution head that ends its name. */
const POSSESSIVE_RUN = 8;

/**
 * Where a name whose last word is possessive goes on to, as words[j..end): up to the last institution head of a run
 * of capitalised words, "and" allowed right after a possessive ("King's College", "St Thomas' Hospital", "Guy's and
 * St Thomas' NHS Foundation Trust", "Women's and Children's Hospital"); j when there is none. The possessor is no
 * organization the lexicon knows ("Stanford's School of Medicine" is Stanford's school, Stanford named). At most
 * POSSESSIVE_RUN words are read: linear.
 */
function possessiveInstitutionEnd(text: string, group: Word[], words: Word[], j: number, ix: LatinIndex, isKnownOrganization: (name: string) => boolean): number {
  let prev = group[group.length - 1];
  let end = j;
  // "International Longshoremen's Association", "Women's Tennis Association", "National Farmers' Union": a body of a
  // group of people is named with the group's possessive.
  const groupOwner = GROUP_OWNER.test(stripPossessive(prev.text));
  // "Hill's Pet Nutrition": a surname's firm; "Sarah's Group chat" is no firm.
  const familyFirm = !knownFirstName(stripPossessive(group[0].text));
  for (let m = j; m < words.length && m < j + POSSESSIVE_RUN; m++) {
    const w = words[m];
    const gap = text.slice(prev.end, w.start);
    if (gap !== ' ' && !(/^['’] $/.test(gap) && /s$/.test(prev.text))) break;
    if (w.text === 'and') {
      if (!isPossessive(text, prev)) break;
    } else if (!isCapitalised(w.text) || ix.stop.has(w.text)) break;
    else if (POSSESSIVE_INSTITUTION.test(w.text) || (familyFirm && POSSESSIVE_FIRM_LAST.test(w.text)) || (groupOwner && GROUP_BODY.test(w.text))) end = m + 1;
    prev = w;
  }
  if (end === j || isKnownOrganization(stripPossessive(text.slice(group[0].start, group[group.length - 1].end)))) return j;
  return end;
}

/**
 * Candidate names in one text; `commonWords` holds the document's lower-case words ("right" makes "Right" common);
 * `isKnownOrganization` says whether a name is an organization the lexicon knows (Alibaba, NVIDIA).
 */
export function discoverLatin(text: string, cues: Cues, commonWords: Set<string>, isKnownOrganization: (name: string) => boolean = () => false): Candidate[] {
  const ix = index(cues);
  const words: Word[] = [];
  for (const m of allMatches(WORD, text)) {
    // "Atlas-class", "Gemini-powered", "OpenAI-style": the name is the part before the modifier.
    const word = m[0].replace(MODIFIER_SUFFIX, '');
    words.push({ text: word, start: m.index, end: m.index + word.length });
  }
  const out: Candidate[] = [];
  let k = 0;
  while (k < words.length) {
    // 'His debut, "Harmattan Letters", comes out', '"The Lighthouse Keeper's Daughter" (dir. …)': a title that fills a quote.
    const title = quotedTitle(text, words, k, ix);
    if (title) {
      out.push(title.candidate);
      k = title.next;
      continue;
    }
    // "the Calyxa Therapeutics R&D Day", "2026 Investor Day": a company's day for investors is no name of its own.
    const event = INVESTOR_DAY.exec(text.slice(words[k].start, words[k].start + 24));
    if (event) {
      const end = words[k].start + event[0].length;
      while (k < words.length && words[k].start < end) k++;
      continue;
    }
    // Titles before a name are cues, not part of it ("Professor Ruth Adeyemi").
    if (!(isCapitalised(words[k].text) || isDigitName(words[k].text)) || (ix.stop.has(stripPossessive(words[k].text)) && !stopNounOpensName(text, words, k, ix)) || ix.titles.has(words[k].text)) {
      k++;
      continue;
    }
    // Grow a group of capitalised words joined by one space, or by a connector word after a head (Bank of America).
    const group: Word[] = [words[k]];
    let j = k + 1;
    while (j < words.length) {
      if (isPossessive(text, group[group.length - 1])) {
        // "King's College", "Guy's and St Thomas' NHS Foundation Trust": a possessive goes on only into an institution.
        const end = possessiveInstitutionEnd(text, group, words, j, ix, isKnownOrganization);
        if (end === j) break;
        group.push(...words.slice(j, end));
        j = end;
        continue;
      }
      const gap = text.slice(group[group.length - 1].end, words[j].start);
      const last = group[group.length - 1].text;
      // A middle initial continues a name after a first name: "Richard P. Feynman", "John F. Kennedy" (not "Plan B. Google").
      // "Yokohama F. Marinos": a club's name goes on after a city and an initial.
      // "USS Gerald R. Ford": a ship's prefix, a first name and an initial go on too.
      const afterInitial =
        gap === '. ' && /^[A-Z]$/.test(last) && isCapitalised(words[j].text) && !ix.stop.has(words[j].text) &&
        ((group.length === 2 && tagsOf(group[0].text.toLowerCase()).some((t) => FIRST_NAME_TAGS.has(t) || t === 'City')) || (group.length === 3 && SHIP_PREFIX.test(group[0].text)));
      // "Golden 1 Center", "Channel 4 News": a small number inside a name that goes on to a head word.
      if (/^ \d{1,3} $/.test(gap) && isCapitalised(last) && isCapitalised(words[j].text)) {
        const end = headedRunEnd(text, words, j, ix);
        if (end > j) {
          group.push(...words.slice(j, end));
          j = end;
          continue;
        }
      }
      // "Marks & Spencer", "Procter & Gamble": two title-case words joined by a spaced "&" are one firm's name ("R & D" is not).
      const ampersand = gap === ' & ' && /^[A-Z][a-z]/.test(last) && /^[A-Z][a-z]/.test(words[j].text) && !ix.stop.has(words[j].text);
      // "St. Paul", "St. Louis Park", "Mt. Hood": a saint's, mount's or fort's short form goes on into the name.
      // "Minneapolis-St. Paul International Airport": the short form may close a hyphenated word.
      const saintly = gap === '. ' && (SAINT_SHORT.test(last) || SAINT_SHORT_HYPHENATED.test(last)) && /^[A-Z][a-z]/.test(words[j].text) && !ix.stop.has(words[j].text);
      if (gap !== ' ' && !afterInitial && !ampersand && !saintly) break;
      // "Norvale Therapeutics R&D Day": the company's name ends before the day it holds for investors.
      if (INVESTOR_DAY.test(text.slice(words[j].start, words[j].start + 24))) break;
      // "Alaska Airlines Flight 1282": a flight's number ends the airline's name before "Flight".
      if (words[j].text === 'Flight' && /^ \d/.test(text.slice(words[j].end, words[j].end + 2))) break;
      // "PRESS BRIEFING BY THE MINISTRY Wellington": a heading in capitals (a small word in it: no run of acronyms,
      // "IBM AI Research") ends where a Title Case word follows it.
      if (/^[A-Z][a-z]/.test(words[j].text) && isCapitalsHeading(group, ix)) break;
      // "Carnegie Mellon University⏎Transcribed by the course staff": a participle before "by" starts a new clause.
      if (/^[A-Z][a-z]+ed$/.test(words[j].text) && /^ by\b/.test(text.slice(words[j].end, words[j].end + 4))) break;
      // "AI" may continue a name (Stability AI, Practical AI) but not start one or follow an acronym (US AI).
      const continuesWithAI = words[j].text === 'AI' && !isAcronym(last);
      // A fiscal period ends a name: "Baidu Third Quarter 2024 Earnings" is Baidu and a date, not a company.
      // "Northwind Logistics Q3 2024 Earnings Call", "Acme FY2024 Results": a quarter, half or fiscal year ends it too.
      const ordinal = (FISCAL_PERIOD.test(words[j + 1]?.text ?? '') && tagsOf(words[j].text.toLowerCase()).includes('Ordinal')) || REPORTING_PERIOD.test(words[j].text);
      // "Universal Music Group", "Sony Music Entertainment": a stop word ("Music" alone is a sound cue) goes on inside a
      // name when the capitalised run after it ends in a head word; "Apple Music" stays Apple.
      const stopInName = ix.stop.has(words[j].text) && isCapitalised(words[j].text) && !tagsOf(words[j].text.toLowerCase()).some((t) => FUNCTION_WORD_TAGS.has(t)) && headedRunEnd(text, words, j + 1, ix) > j + 1 && text.slice(words[j].end, words[j + 1].start) === ' ';
      // "Arclight One", "Type One Energy": "One" closes or goes on inside a name, not before a lower-case word ("One thing").
      if (words[j].text === 'One' && text.slice(group[group.length - 1].end, words[j].start) === ' ' && !ix.stop.has(last) && /^[A-Z][a-z]/.test(last) && !/^ [a-z]/.test(text.slice(words[j].end, words[j].end + 2))) {
        group.push(words[j]);
        j++;
        continue;
      }
      if (stopInName) {
        const end = headedRunEnd(text, words, j + 1, ix);
        group.push(...words.slice(j, end));
        j = end;
        continue;
      }
      if (isCapitalised(words[j].text) && (continuesWithAI || !ix.stop.has(words[j].text)) && !ix.titles.has(words[j].text) && !ordinal) {
        group.push(words[j]);
        j++;
      } else if (ix.headedConnectors.has(words[j].text) && text.slice(words[j].end, words[j + 1]?.start ?? words[j].end) === ' ') {
        // "CHIPS and Science Act": "and" joins two parts only when the capitalised words after it end in a head word.
        let m = j + 1;
        while (m < words.length && isCapitalised(words[m].text) && !ix.stop.has(words[m].text) && text.slice(words[m - 1].end, words[m].start) === ' ') m++;
        const end = stripPossessive(words[m - 1].text);
        if (m === j + 1 || !(ix.orgHeads.has(end) || ix.placeHeads.has(end) || ix.eventHeads.has(end) || ix.workHeads.has(end))) break;
        // "Verra and Gold Standard both submit": "both" or "each" after them says the two are two.
        if (/^\s+(?:both|each)\b/.test(text.slice(words[m - 1].end, words[m - 1].end + 6))) break;
        // "Alibaba and Peking University", "Tsinghua University and Peking University": two names on their own are two.
        // "Department of Fisheries and Corvane Labs": a ministry or department of a portfolio stands alone as well.
        const standsAlone = (part: Word[]) =>
          (part.length > 1 && ix.orgHeads.has(stripPossessive(part[part.length - 1].text))) || isKnownOrganization(text.slice(part[0].start, part[part.length - 1].end)) || isPortfolioBody(part);
        if (standsAlone(group) && standsAlone(words.slice(j + 1, m))) break;
        // "Citigroup and Bank of America": a known organization before "and" is a name of its own, whatever follows.
        if (isKnownOrganization(stripPossessive(text.slice(group[0].start, group[group.length - 1].end)))) break;
        // "Veridian and Peking University": a known organization after "and" is a name of its own, whatever precedes it.
        if (m - (j + 1) > 1 && isKnownOrganization(text.slice(words[j + 1].start, words[m - 1].start) + end)) break;
        // "Oracle Cloud and Google Research": a known company opening the part after "and" starts a name of its own.
        if (m - (j + 1) > 1 && isKnownOrganization(stripPossessive(words[j + 1].text))) break;
        // "Rabobank and Bank of America", "Acme Tools and University of Leeds": a lone head word after "and" that "of"
        // and a name follow opens a name of its own.
        if (m === j + 2 && HEAD_OF_NAME_AFTER.test(text.slice(words[j + 1].end, words[j + 1].end + 6))) break;
        group.push(...words.slice(j, m));
        j = m;
      } else if (
        ix.connectors.has(words[j].text) &&
        // "the Series C of Veridane Materials": a lone capital letter (a round's, a plan's letter) opens no name with "of".
        !(group.length === 1 && /^[A-Z]$/.test(group[0].text)) &&
        // "Federal Ministry of Health", "Ohio Department of Development": a ministry's or department's word is a head too.
        (ix.orgHeads.has(last) || ix.placeHeads.has(last) || ix.eventHeads.has(last) || ix.workHeads.has(last) || PORTFOLIO_HEADS.has(last) || FACULTY_HEADS.has(last) || (group.length === 1 && !(words[j].text === 'for' && nameBeforeFor(text, group[0], words[j + 1], isKnownOrganization)))) &&
        j + 1 < words.length &&
        isCapitalised(words[j + 1].text) &&
        // "Royal College of Music": a field a school teaches may be a stop word ("Music") that is a noun.
        (!ix.stop.has(words[j + 1].text) || (FACULTY_HEADS.has(last) && words[j].text === 'of' && tagsOf(words[j + 1].text.toLowerCase()).some((t) => STOP_NOUN_TAGS.has(t)))) &&
        !/\d/.test(words[j + 1].text) && // "Biologics License Application for VRD-201": a code after "for" is no part of it
        text.slice(words[j].end, words[j + 1].start) === ' '
      ) {
        group.push(words[j], words[j + 1]);
        j += 2;
      } else if (group.length === 1 && j + 2 < words.length && text.slice(group[0].end, words[j].start) === ' ' && NAME_PARTICLE.test(words[j].text) && NAME_PARTICLE.test(words[j + 1].text) && /^[A-ZÀ-Þ][a-zà-ÿ'’-]+$/.test(words[j + 2].text) && text.slice(words[j].end, words[j + 2].start) === ` ${words[j + 1].text} `) {
        // "Micky van de Ven", "Maria de la Cruz": a first name, two particles, then the surname.
        group.push(words[j], words[j + 1], words[j + 2]);
        j += 3;
      } else break;
    }
    // "Ministry of Land, Infrastructure, Transport and Tourism": a ministry's name lists its portfolios.
    // "Department of Health and Social Care": two portfolios, the second of everyday words, no name of its own.
    if (isPortfolioBody(group)) {
      const after = text.slice(group[group.length - 1].end, group[group.length - 1].end + 160);
      const pair = PORTFOLIO_PAIR.exec(after);
      const list = PORTFOLIO_LIST.exec(after) ?? (pair && !isKnownOrganization(pair[1]) && pair[1].split(' ').every((w) => portfolioWord(w, commonWords)) ? pair : null);
      if (list) {
        const end = group[group.length - 1].end + list[0].length;
        while (j < words.length && words[j].start < end) group.push(words[j++]);
      }
    } else if (isFacultyBody(group)) {
      // "Royal Welsh College of Music and Drama", "School of Arts and Sciences": a school of two fields, the second of
      // everyday words ("University of Toronto and Stanford" stays two).
      const pair = PORTFOLIO_PAIR.exec(text.slice(group[group.length - 1].end, group[group.length - 1].end + 40));
      if (pair && !isKnownOrganization(pair[1]) && pair[1].split(' ').every((w) => SCHOOL_FIELD.test(w) || portfolioWord(w, commonWords))) {
        const end = group[group.length - 1].end + pair[0].length;
        while (j < words.length && words[j].start < end) group.push(words[j++]);
      }
    }
    k = j;
    // "Delacroix v. Brightline Logistics", "Specht v. Netscape": a case at law, its two parties joined by "v.", is a work.
    const lawCase = caseName(text, group, words, j, ix);
    if (lawCase) {
      out.push(lawCase.candidate);
      k = lawCase.next;
      continue;
    }
    // "1X Technologies" is a company; "3D" of "3D Gaussian Splatting" is no part of a name.
    if (isDigitName(group[0].text) && !(group.length > 1 && ix.orgHeads.has(stripPossessive(group[group.length - 1].text)))) group.shift();
    // "Honestly Gemini Robotics": a sentence adverb opening the sentence is no part of the name after it.
    if (group.length > 1 && ADVERB_SHAPE.test(group[0].text) && isSentenceInitial(text, group[0].start)) group.shift();
    // "Morning Ravi.", "Evening Marta,": a greeting opening a sentence, a name and a stop is no part of that name.
    if (group.length > 1 && GREETING_WORD.test(group[0].text) && isSentenceInitial(text, group[0].start) && GREETED_CLOSE.test(text.slice(group[group.length - 1].end, group[group.length - 1].end + 2))) group.shift();
    // "Read Saul Griffith's book", "Ask Bruno Diaz": a request's verb opening a sentence, then a first name, is no part of it.
    if (group.length > 1 && REQUEST_VERB.test(group[0].text) && isSentenceInitial(text, group[0].start) && knownFirstName(group[1].text)) group.shift();
    // "Ranking Member Warren", "Ranking Member Maxine Hale": a committee's title before a name is no part of it.
    if (group.length > 2 && group.length <= 5 && group[0].text === 'Ranking' && group[1].text === 'Member' && group.slice(2).every((w) => /^[A-ZÀ-Þ][a-zà-ÿ'’-]+$/.test(w.text))) {
      const last = group[group.length - 1];
      const end = last.end - (last.text.length - stripPossessive(last.text).length);
      out.push({ start: group[2].start, end, type: 'person', canonical: null, source: 'discovery', reason: 'a name after "Ranking Member" (Ranking Member Warren) is that member, a person', priority: 1 });
      continue;
    }
    // "Special Agent Dana Cole", "Fire Chief Kristin Crowley", "Agent Okonjo", "Grandmaster Anya Petrov": a rank or an
    // office before a personal name is no part of it.
    const ranked = rankedName(group, isKnownOrganization, text, ix, commonWords);
    if (ranked) {
      out.push(ranked);
      continue;
    }
    // "Commerce Secretary Howard Lutnick", "Secretary of Commerce Gina Raimondo": the portfolio is the department.
    const department = cabinetDepartment(text, group);
    if (department) {
      out.push(department.candidate);
      group.splice(0, department.words);
    }
    if (group.length === 0 || isRole(group, ix)) continue;
    const greeted = greetedName(text, group, isKnownOrganization);
    if (greeted) {
      out.push(greeted);
      continue;
    }
    if (isCapitalsHeading(group, ix) || inShoutedSentence(text, group, ix)) continue;
    const numbered = numberedWork(text, group, ix, cues) ?? numberedProduct(text, group, commonWords);
    if (numbered) {
      out.push(numbered);
      continue;
    }
    const candidate = typeCandidate(text, group, ix, cues, commonWords);
    if (candidate) out.push(candidate);
  }
  return out;
}

/**
 * "Delacroix v. Brightline Logistics", "Brown v. Board of Education": a name, "v." and a second name (capitalised
 * words, "of" or "the" between them, up to six words) are a case at law, one work. Only "v." with its stop: sports
 * write "Arsenal v Chelsea" and "Arsenal vs. Chelsea". The next word index is returned with the candidate.
 */
function caseName(text: string, group: Word[], words: Word[], j: number, ix: LatinIndex): { candidate: Candidate; next: number } | null {
  const v = words[j];
  if (!v || v.text !== 'v' || text.slice(group[group.length - 1].end, v.start) !== ' ' || text.slice(v.end, v.end + 2) !== '. ') return null;
  if (group.some((w) => !/^[A-ZÀ-Þ]/.test(w.text)) || ix.stop.has(group[0].text)) return null;
  let m = j + 1;
  let last = -1;
  while (m < words.length && m < j + 7 && text.slice(words[m - 1].end, words[m].start) === (m === j + 1 ? '. ' : ' ')) {
    if (isCapitalised(words[m].text) && !ix.stop.has(words[m].text)) last = m;
    else if (!(last > j && /^(?:of|the|for|and|&)$/.test(words[m].text))) break;
    m++;
  }
  if (last < 0) return null;
  const end = words[last].end - (words[last].text.length - stripPossessive(words[last].text).length);
  const reason = 'two parties joined by "v." (Delacroix v. Brightline Logistics) name a case at law, a work';
  return { candidate: { start: group[0].start, end, type: 'work', canonical: null, source: 'discovery', reason, priority: 1 }, next: last + 1 };
}

/** Small words a title in title case writes in lower case: "Anatomy of a Fall", "Seventy-Two Hours Inside a Ransomware Attack". */
const TITLE_SMALL = /^(?:of|a|an|the|and|in|on|for|to|with|at|by|from|or|into|over|under|after|before|is|are|my|your|our|their|his|her|its)$/;
/** A closing quote right after a word, a stop or a comma allowed before it. */
const TITLE_CLOSES = /^[,.!?]?["”]/;

/**
 * '"Harmattan Letters"', '"Anatomy of a Fall"', '"The Lighthouse Keeper's Daughter"': two to ten words that fill a
 * quote, each capitalised or a small word of a title (the first and last capitalised, one space apart), title a work
 * (a book, a film, an episode). Not when the first word is a stop word other than an article ("Yes We Can"), a word
 * holds "&" or digits, the last word is a head word (a quoted "Kessel Labs" is the lab), or compromise reads the words
 * as a person's name. The next word index is returned with the candidate.
 */
function quotedTitle(text: string, words: Word[], k: number, ix: LatinIndex): { candidate: Candidate; next: number } | null {
  const first = words[k];
  if (!/["“]$/.test(text.slice(Math.max(0, first.start - 1), first.start)) || !isCapitalised(first.text)) return null;
  if (ix.stop.has(first.text) && !/^(?:The|A|An)$/.test(first.text)) return null;
  let m = k;
  for (;; m++) {
    if (m >= words.length || m >= k + 10) return null;
    const w = words[m];
    if (!/^[\p{L}'’-]+$/u.test(w.text) || !(isCapitalised(w.text) || (m > k && TITLE_SMALL.test(w.text)))) return null;
    if (TITLE_CLOSES.test(text.slice(w.end, w.end + 2))) break;
    if (m + 1 >= words.length || text.slice(w.end, words[m + 1].start) !== ' ') return null;
  }
  const last = words[m];
  const head = stripPossessive(last.text);
  if (m === k || !isCapitalised(last.text) || ix.orgHeads.has(head) || ix.placeHeads.has(head) || ix.eventHeads.has(head) || ix.workHeads.has(head)) return null;
  const surface = text.slice(first.start, last.end);
  // A quoted name in Chinese text (推出了“Dream Machine”) is a product's as often as a work's: the usual cues decide.
  const close = last.end + (TITLE_CLOSES.exec(text.slice(last.end, last.end + 2))?.[0].length ?? 0);
  if (besideHan(text, first.start - 1, close) || compromiseType(surface) === 'person') return null;
  const reason = 'two to ten words in title case that fill a quote ("Harmattan Letters", "Anatomy of a Fall") title a work';
  return { candidate: { start: first.start, end: last.end, type: 'work', canonical: null, source: 'discovery', reason, priority: 1 }, next: m + 1 };
}

/** Words of a rank or an office that may stand before a personal name: Special Agent, Fire Chief, Detective Sergeant, Vice
 * Chair, General Counsel, Chief Executive Officer, Director (a board's), Reporter (a newsroom's: Reporter Miguel Santos). */
const RANK_WORD = /^(?:Chef|Special|Agent|Chief|Justice|Attorney|General|Detective|Sergeant|Inspector|Constable|Officer|Deputy|Assistant|Fire|Police|Grandmaster|Coach|Captain|Lieutenant|Corporal|Colonel|Commander|Admiral|Solicitor|Surgeon|Staff|Trooper|Marshal|Warden|Vice|Executive|Chair|Chairman|Chairwoman|Director|Directors|Counsel|Commissioner|Councilmember|Councilmembers|Trustee|Supervisor|Manager|Administrator|Superintendent|Reporter|Correspondent)$/;
/** Last words of a rank that, alone before one more word, always name a person's rank (not General Motors, Captain America). */
const PLAIN_RANK = /^(?:Chef|Agent|Detective|Sergeant|Inspector|Constable|Grandmaster|Trooper|Lieutenant|Corporal|Colonel|Admiral|Marshal|Chair|Chairwoman|Chairman|Director|Directors|Counsel|Commissioner|Councilmember|Councilmembers|Trustee)$/;
/** A board's or a council's offices (Chair Oduya, Director Tanabe): plain ranks, but not before an everyday noun. */
const CIVIC_RANK = /^(?:Chair|Chairman|Chairwoman|Director|Directors|Counsel|Commissioner|Councilmember|Councilmembers|Trustee)$/;
/** Offices a field's word may open (Budget Director, City Manager, Schools Superintendent). */
const FIELD_OFFICE = /^(?:Director|Manager|Administrator|Superintendent)$/;
/** Last words of a rank: what a run of rank words ends with before the name. */
const RANK_HEAD = /^(?:Chef|Agent|Chief|Justice|General|Detective|Sergeant|Inspector|Constable|Officer|Grandmaster|Coach|Captain|Lieutenant|Corporal|Colonel|Commander|Admiral|Trooper|Marshal|Warden|Chair|Chairman|Chairwoman|Director|Directors|Counsel|Commissioner|Councilmember|Councilmembers|Trustee|Supervisor|Manager|Administrator|Superintendent|Reporter|Correspondent)$/;

/**
 * "Special Agent Dana Cole", "Attorney General Pam Bondi", "Agent Okonjo": one to three rank words (the last a rank's
 * head) and then a personal name of one to three words: the name alone, a person. A name of more than one word opens
 * with a known first name unless the rank is a plain one (Detective, Sergeant); a name of one word needs a plain rank
 * and no organization the lexicon knows ("General Motors", "Captain America" stay). A word naming the office's field
 * (no name, no known organization) may open the ranks ("Budget Director Maureen Quigley", "City Manager Howard Tse")
 * when a known first name and a surname follow.
 */
function rankedName(group: Word[], isKnownOrganization: (name: string) => boolean, text: string, ix: LatinIndex, commonWords: Set<string>): Candidate | null {
  const opener = group[0]?.text ?? '';
  const field = group.length >= 4 && FIELD_OFFICE.test(group[1].text) && /^[A-Z][a-z]+$/.test(opener) && wordKind(opener, commonWords) !== 'name' && !isKnownOrganization(opener) ? 1 : 0;
  let r = field;
  while (r < group.length && r < 3 && RANK_WORD.test(group[r].text)) r++;
  if (r === field || r === group.length || group.length - r > 3 || !RANK_HEAD.test(group[r - 1].text)) return null;
  const rest = group.slice(r);
  if (!rest.every((w) => /^[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*$/.test(stripPossessive(w.text)))) return null;
  const plain = PLAIN_RANK.test(group[r - 1].text) && field === 0;
  if (field === 1 && rest.length === 1) return null;
  if (rest.length === 1 ? !plain : !plain && !knownFirstName(rest[0].text)) return null;
  // "the Chair Company", "Director Mode": after a board's office, a lone head word or everyday noun is no surname.
  const lone = stripPossessive(rest[0].text);
  if (rest.length === 1 && CIVIC_RANK.test(group[r - 1].text) && (ix.orgHeads.has(lone) || ix.placeHeads.has(lone) || ix.stop.has(lone) || tagsOf(lone.toLowerCase()).some((t) => STOP_NOUN_TAGS.has(t)))) return null;
  const last = rest[rest.length - 1];
  const end = last.end - (last.text.length - stripPossessive(last.text).length);
  if (isKnownOrganization(text.slice(rest[0].start, end))) return null;
  const reason = 'a rank or an office before a personal name (Special Agent Dana Cole, Fire Chief Kristin Crowley, Agent Okonjo) is no part of it: the name is a person';
  return { start: rest[0].start, end, type: 'person', canonical: null, source: 'discovery', reason, priority: 1 };
}

/**
 * A lone word that is a name of its own before "for" and another name: an acronym or a known organization ("the HBM
 * for Nvidia", "Google for Startups" stay apart), one before a known organization, or a place after "in" ("T3 in
 * Minneapolis for Hines"), or a known first name after "for" ("Belcanto for José Avillez"). "Code for America",
 * "Campaign for Nuclear Disarmament" stay one name.
 */
function nameBeforeFor(text: string, word: Word, next: Word | undefined, isKnownOrganization: (name: string) => boolean): boolean {
  if (isAcronym(word.text) || isKnownOrganization(word.text) || (next !== undefined && isKnownOrganization(next.text))) return true;
  // "sous chef at Belcanto for José Avillez": a first name after "for" opens a person's name, no part of the place's.
  if (next !== undefined && (knownFirstName(next.text) || knownFirstName(next.text.normalize('NFD').replace(/\p{M}/gu, '')))) return true;
  const before = text.slice(Math.max(0, word.start - 6), word.start);
  if (/(?:^|[^\p{L}])in $/u.test(before)) return true;
  // "from Skellefteå for Handelsblatt", "Schubert's Winterreise for Chandos": a word English does not know, after "from" or
  // a possessive, is a place or someone's work, and who it was for ("came from Teachers for Equity" stays one name).
  return /(?:^|[^\p{L}])from $|\p{L}['’]s $/u.test(before) && tagsOf(word.text.toLowerCase()).length === 0;
}

/**
 * After an unknown word opening a sentence: a verb only someone who acts takes, an adverb or two allowed before it.
 * Group 1 is the verb; PERSON_VERB says which of them only a person takes.
 */
const AGENT_VERB_AFTER =
  /^ (?:(?:also|now|then|later|recently|just|already|still|quietly|finally|has|had)\s+){0,2}(owns|acquired|bought|hired|signed|announced|launched|invested|founded|co-founded|filed|sued|manufactures|designs|sells|ships|supplies|operates|employs|coaches|chairs|is building|is opening|is owned|was listed|was acquired|was bought|was founded|went public|raised)\b/;
const PERSON_VERB = /^(?:coaches|chairs|co-founded)$/;

/**
 * "Slide Insurance", "Figure AI", "Stage Capital": a stop word that is a noun ("Slide 4", "Music") or a demonym
 * ("American Arbitration Association") opens a name when the capitalised words after it (one space apart) end in a
 * head word, as it goes on inside one (Universal Music Group).
 */
function stopNounOpensName(text: string, words: Word[], k: number, ix: LatinIndex): boolean {
  const word = words[k];
  if (!/^[A-Z][a-z]+$/.test(word.text) || k + 1 >= words.length || text.slice(word.end, words[k + 1].start) !== ' ') return false;
  const tags = tagsOf(word.text.toLowerCase());
  // "American Arbitration Association", "European Space Agency": a demonym opens a body's name as a noun does
  // ("English National Opera", "British Council": compromise lists some demonyms in -ish as no demonym).
  if (!(tags.some((t) => STOP_NOUN_TAGS.has(t) || t === 'Demonym') || ISH_DEMONYM.test(word.text)) || tags.some((t) => FUNCTION_WORD_TAGS.has(t))) return false;
  return headedRunEnd(text, words, k + 1, ix) > k + 1;
}
const STOP_NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Infinitive']);
const ISH_DEMONYM = /^(?:English|Irish|British|Spanish|Danish|Finnish|Swedish|Turkish|Kurdish|Scottish|Flemish|Cornish)$/;

/**
 * A list entry up to its last part: at a line's start (after a bullet, or a label such as "Moderator:"), a personal
 * name, a comma, a title holding a role word, a comma ("- Keiko Arai, Chief Operating Officer, ").
 */
const ENTRY_EMPLOYER_BEFORE =
  /(?:^|\n)[ \t]*(?:[-•*·][ \t]+|\p{Lu}[\p{L} ]{1,20}:[ \t]*)?\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){1,3},[^,\n]{0,60}\b(?:Director|Head|Manager|Officer|Chief|VP|SVP|EVP|President|Partner|Correspondent|Editor|Reporter|Professor|Fellow|Chair|Founder|Co-founder|Analyst|Scientist|Engineer|Counsel|Curator|Secretary|director|head|manager|officer|partner|correspondent|editor|reporter|professor|fellow|chair|founder|co-founder|analyst|scientist|engineer|counsel|curator|secretary)s?\b[^,\n]{0,40},[ \t]*(?:the[ \t]+)?$/u;
/** The end of a list entry: the line's, or a semicolon's. */
const ENTRY_END_AFTER = /^[.;]?[ \t]*(?:\n|$)/;

/** One lower-case particle opening a surname: "de" of Renaud de Lesquen, "van" of Sjoerd van Dam. */
const SURNAME_PARTICLE = /^(?:de|du|da|di|del|della|van|von|le|la|dos|das|do)$/;

/** The words after a given name (none, or a surname of one or two words after at most one particle) are a surname. */
function givenNameAndSurname(names: string[]): boolean {
  const rest = names.slice(SURNAME_PARTICLE.test(names[1] ?? '') ? 2 : 1);
  if (names.length > 1 && rest.length === 0) return false;
  return rest.length <= 2 && rest.every((n) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(n));
}

/** Lower-case particles of a surname that come two together (van de, von der, de la, van den). */
const NAME_PARTICLE = /^(?:van|von|de|der|den|la|le|du|da|del|ter|ten)$/;
/** Verbs of a request that open a sentence before the one it is about ("Read Saul Griffith's book", "Ask Bruno Diaz"). */
const REQUEST_VERB = /^(?:Read|Follow|Ask|Meet|Call|Email|Text|Message|Ping|Check|Watch|Listen|Visit|Join|Thank|Tell|Hear|Invite|Contact|Remember|Imagine|Congratulate)$/;
/** A greeting that may open a sentence before the name of the one greeted ("Morning Ravi."). */
const GREETING_WORD = /^(?:Morning|Afternoon|Evening)$/;
/** A greeting right before a name: "Good morning ", "Morning ", "Hi ", "Hello, ", "Thanks " at a sentence start. */
const GREETING_BEFORE = /(?:^|[.!?:*]\s*|\n\s*)(?:(?:Good\s+)?(?:[Mm]orning|[Aa]fternoon|[Ee]vening)|Hi|Hello|Hey|Thanks|Thank\s+you),?\s+$/;
/** What closes a greeting's name: a stop, a comma, a dash, or the line's end. */
const GREETED_CLOSE = /^(?:[.,!?;:—–]|\s*$|\s*\n)/;

/**
 * "Good morning Ravi.", "Hi Marta,", "Morning Ravi.": one or two name-shaped words right after a greeting opening a
 * sentence, and a stop after them, name the one greeted: a person (an organization the lexicon knows stays one).
 */
function greetedName(text: string, group: Word[], isKnownOrganization: (name: string) => boolean): Candidate | null {
  if (group.length > 2 || !group.every((w) => /^[A-ZÀ-Þ][a-zà-ÿ'’-]+$/.test(w.text))) return null;
  const start = group[0].start;
  const end = group[group.length - 1].end;
  if (!GREETING_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || !GREETED_CLOSE.test(text.slice(end, end + 2))) return null;
  if (isKnownOrganization(text.slice(start, end))) return null;
  const reason = 'a name right after a greeting opening a sentence (Good morning Ravi., Evening Marta,) is the person greeted';
  return { start, end, type: 'person', canonical: null, source: 'discovery', reason, priority: 1 };
}

/** " 1920", " No. 1920", " 2019/944" after a head; not a count ("Act 2 years ago", "Bill 3 times"). */
const NUMBER_AFTER = /^ (?:No\.? ?)?\d{1,6}(?:[/-]\d{1,6})?(?![\d.,]?\d|[A-Za-z%])(?! ?(?:%|percent|years?|months?|weeks?|days?|hours?|minutes?|times|million|billion|thousand|hundred|people|points?)\b)/;

/**
 * "FERC Order 1920", "Order 1920", "Bill 42": a name ending in a head of a numbered law or ruling (cues numberedWorkHeads)
 * and a number is one work, the number included (a head alone names nothing; "FERC Order" is no name).
 */
function numberedWork(text: string, group: Word[], ix: LatinIndex, cues: Cues): Candidate | null {
  const last = group[group.length - 1];
  if (!ix.numberedWorkHeads.has(last.text)) return null;
  const number = NUMBER_AFTER.exec(text.slice(last.end, last.end + 20));
  if (!number) return null;
  return { start: group[0].start, end: last.end + number[0].length, type: 'work', canonical: null, source: 'discovery', reason: cues.numberedWorkHeads.reason, priority: 1 };
}

/** "the ", "our " … right before a product's name. */
const PRODUCT_DETERMINER = /(?:^|[^A-Za-z])(?:the|our|its|their|new)\s+$/i;
/** " 4", " 12" after the name: a model number, not a quantity ("4 percent", "12 million", "10 of them"). */
const MODEL_NUMBER_AFTER = /^ \d{1,3}(?![\d.,]?\d|[A-Za-z%])(?! ?(?:%|percent|per|years?|months?|weeks?|days?|hours?|minutes?|times|million|billion|thousand|hundred|people|points?|units?|of|to|or|and)\b)/;

/**
 * "the Kestrel 4", "our Ardeno 12": after a determiner, one or two capitalised words no word list knows (nor the
 * document writes in lower case) and a model number are one product, the number included; "the Top 10" is no product.
 */
function numberedProduct(text: string, group: Word[], commonWords: Set<string>): Candidate | null {
  if (group.length > 2 || !PRODUCT_DETERMINER.test(text.slice(Math.max(0, group[0].start - 8), group[0].start))) return null;
  // "the Tranche 2 contract", "the Berth 4 upgrade": a numbered designation names nothing.
  if (group.length === 1 && NUMBERED_DESIGNATION.test(group[0].text)) return null;
  if (!group.every((w) => /^[A-Z][a-z]+$/.test(w.text) && wordKind(w.text, commonWords) === 'other')) return null;
  const last = group[group.length - 1];
  const number = MODEL_NUMBER_AFTER.exec(text.slice(last.end, last.end + 20));
  if (!number) return null;
  const reason = 'a name no word list knows and a model number after "the/our" (the Kestrel 4) is a product';
  return { start: group[0].start, end: last.end + number[0].length, type: 'product', canonical: null, source: 'discovery', reason, priority: 1 };
}

/** "Hi, I'm Jun Park", "my name is Grace Hall": someone giving their own name. */
const SELF_NAMED_BEFORE = /(?:^|[^\p{L}'’])(?:I['’]m|I am|[Mm]y name is|[Mm]y name's)\s+$/u;
/** "Andrew Hall, the Chief Inspector of Rail Accidents": an office right after the name, in apposition. */
const OFFICE_AFTER =
  /^,\s+(?:the|our|their|his|her|its)\s+(?:(?:former|new|acting|interim|deputy|then)\s+)?(?:Chief|Head|Director|President|Vice|Chair|Chairman|Chairwoman|Chairperson|Secretary|Minister|Inspector|Commissioner|Governor|Mayor|CEO|CFO|COO|CTO|[Ff]ounder|[Cc]o-founder|[Hh]ead|[Dd]irector|[Cc]hair|[Pp]resident|[Mm]anaging|[Gg]eneral [Ss]ecretary)\b/u;

/** An honorific in capitals, as a court's or an inquiry's list of who appears writes it ("MR", "SIR", "DAME"). */
const CAPS_HONORIFIC = /^(?:MR|MRS|MS|MISS|DR|SIR|DAME|LORD|LADY|PROFESSOR)$/;
/** Letters after a name in capitals: a silk's (KC, QC, SC), a member's (MP, MSP) or an honour's (CBE, OBE). */
const CAPS_POSTNOMINAL = /^(?:KC|QC|SC|MP|MSP|CBE|OBE|MBE|KBE|DBE|FRS)$/;
const CAPS_NAME_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
/** After a name in a list of appearances: ", for Kestrel …", ", Counsel to the Inquiry", "(sworn)", "(affirmed)". */
const APPEARANCE_AFTER = /^(?:,\s+(?:for|on behalf of|instructed by|Counsel|counsel|appearing)\b|\s*\((?:sworn|affirmed|SWORN|AFFIRMED)\))/;
const CAPS_NAME_REASON = 'an honorific and a name in capitals ("MS RACHEL ODUNSI KC", "SIR MALCOLM TREVITHICK"), as a court or an inquiry lists who appears, is that person';

/**
 * "MS RACHEL ODUNSI KC, Counsel to the Inquiry", "SIR MALCOLM TREVITHICK (Chair)", "MR PETER HALLORAN (sworn)": the
 * person named after the honorific, in Title Case, without the honorific or the letters after the name; "MS" needs a
 * first name after it ("MS NORDLYS VIKING" is a ship).
 */
function capitalsHonouredName(group: Word[], text: string): Candidate | null {
  if (group.length < 3 || !CAPS_HONORIFIC.test(group[0].text)) return null;
  let last = group.length;
  while (last > 3 && CAPS_POSTNOMINAL.test(group[last - 1].text)) last--;
  const name = group.slice(1, last);
  if (name.length > 3 || !name.every((w) => CAPS_NAME_WORD.test(w.text))) return null;
  const words = name.map((w) => w.text.charAt(0) + w.text.slice(1).toLowerCase().replace(/([-'’])(\p{Ll})/gu, (_, mark: string, c: string) => mark + c.toUpperCase()));
  // "MS PRIYA NANDA, for Kestrel Civil Engineering", "MS ADAEZE OKONJO KC": a first name compromise does not know, but
  // an appearance's shape after it (a silk's letters, ", for …", "(sworn)") says a person appears.
  const appearing = last < group.length || APPEARANCE_AFTER.test(text.slice(group[group.length - 1].end, group[group.length - 1].end + 24));
  if (group[0].text === 'MS' && !knownFirstName(words[0]) && !appearing) return null;
  return { start: name[0].start, end: name[name.length - 1].end, type: 'person', canonical: words.join(' '), source: 'discovery', reason: CAPS_NAME_REASON, priority: 1 };
}

/** A name someone gives as their own or that an office follows: a person's, whatever its last word. */
function namedPerson(text: string, start: number, end: number): boolean {
  return SELF_NAMED_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || OFFICE_AFTER.test(text.slice(end, end + 60));
}

/** A job title, not an entity: "Director of Investor Relations", "Head of Research", "Chief Technology Officer". */
function isRole(group: Word[], ix: LatinIndex): boolean {
  const role = (w: string) => ix.roleWords.has(w) || ix.roleWords.has(titled(w));
  if (group.length > 2 && role(group[0].text) && ix.connectors.has(group[1].text)) return true;
  return group.length > 1 && role(stripPossessive(group[group.length - 1].text));
}

function typeCandidate(text: string, group: Word[], ix: LatinIndex, cues: Cues, commonWords: Set<string>): Candidate | null {
  const start = group[0].start;
  const lastWord = group[group.length - 1];
  const lastText = stripPossessive(lastWord.text);
  const end = lastWord.end - (lastWord.text.length - lastText.length);
  const surface = text.slice(start, end);
  const names = group.map((w) => stripPossessive(w.text));
  const make = (type: EntityType, reason: string, priority = 1, stop = end): Candidate => ({ start, end: stop, type, canonical: null, source: 'discovery', reason, priority });

  const honoured = capitalsHonouredName(group, text);
  if (honoured) return honoured;
  const heading = capitalsHeadingType(text, start, end, names, ix, commonWords);
  if (heading !== undefined) return heading && make(heading, CAPITALS_HEADING_REASON, 0);
  if (names.length > 1 && GOVERNMENT_HEAD.test(lastText)) return make('government', 'a treasury or parliament (UK Treasury, HM Treasury, Scottish Parliament) is a government body');
  // A show's cue (the X Podcast, welcome back to X) yields to a person's name: the Lex Fridman Podcast.
  // "welcome back to Cambridge": a show's cue yields to a place compromise lists as it does to a person (one word:
  // "the novel Harrow Lane" is a work, whatever its last word).
  const yields = (rule: CueRule | undefined | null) =>
    rule?.yieldsToPerson === true && (compromiseType(surface) === 'person' || (!surface.includes(' ') && compromiseType(surface) === 'place'));
  // "Halden Biosciences Capital Markets Day": the head word of an investor day is no suffix of the company's name.
  const suffix = INVESTOR_DAY.test(text.slice(end + 1, end + 25)) ? null : suffixCue(text, end, cues.suffix);
  if (suffix && !yields(suffix.rule) && !everydayOpening(text, group, commonWords)) return suffix.rule.include ? make(suffix.rule.type, suffix.rule.reason, 1, suffix.end) : make(suffix.rule.type, suffix.rule.reason);
  // "The Big Fix" by Hal Harvey, “Grid Lines,” by Maren Ostby: a quoted title its author follows is a work.
  const quoted = QUOTE_OPENS.exec(text.slice(Math.max(0, start - 8), start));
  if (quoted && QUOTE_CLOSES_BY.test(text.slice(end, end + 12))) {
    return { ...make('work', 'a quoted title followed by "by" and a name ("The Big Fix" by Hal Harvey) is a work', 1), start: start - (quoted[1] ?? '').length };
  }
  // 'her song "Salt Road"', 'the album “Blue Hour”': a work's kind before a quoted name says what the name is.
  if (quoted && QUOTE_CLOSES.test(text.slice(end, end + 3)) && quotedWorkKind(text, start - quoted[0].length, cues)) {
    return { ...make('work', 'the kind of a work right before its quoted name (her song "Salt Road") is a work', 1), start: start - (quoted[1] ?? '').length };
  }
  const prefix = prefixCue(text, start, cues.prefix);
  if (prefix?.type === 'work' && !yields(prefix)) return make('work', prefix.reason);
  if (prefix?.type === 'product') return make('product', prefix.reason); // "a forecasting product called Tidewater"
  if (prefix?.type === 'benchmark') return make('benchmark', prefix.reason); // "evaluated on ProteinGym"
  // "一个叫 Quill 的 coding agent", "叫 Lumo 的App": a name a Chinese sentence calls, then what kind of thing it is.
  if (CALLED_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
    const kind = CALLED_KIND.exec(text.slice(end, end + 40));
    if (kind) return make(kind[1] ? 'model' : 'product', 'a name after 叫 and before 的 and a product or model noun (叫 Quill 的 coding agent) is that product');
  }
  if (prefix && prefix.type === 'person' && names.every((n) => /^[A-ZÀ-Þ][a-zà-ÿ'’-]+$/.test(n))) return make('person', prefix.reason);
  if (names.length > 1 && ix.orgHeads.has(lastText)) return make('organization', cues.orgHeads.reason);
  if (names.length > 2 && ix.orgHeads.has(names[names.length - 2]) && tagsOf(lastText.toLowerCase()).some((t) => PLACE_TAGS.has(t))) {
    return make('organization', 'an organization head and a place after it (University College London, Imperial College London) name one organization');
  }
  if (names.length > 1 && ix.orgLeads.has(names[0])) return make('organization', cues.orgLeadingHeads.reason);
  // "MS Nordlys Viking", "USS Gerald R. Ford", "the MV Dali": a ship's prefix before a name says it is a ship, a product.
  if (names.length > 1 && SHIP_PREFIX.test(names[0])) return make('product', "a ship's prefix before a name (MS Nordlys Viking, USS Gerald R. Ford, MV Dali) names a ship, a product", 1);
  if (names.length > 1 && names[0] === 'Operation') return make('event', 'an operation named so (Operation Cronos, Operation Warp Speed) is an event');
  if (names.length > 1 && STORM_OPENING.test(names[0])) return make('event', 'a storm named so (Hurricane Ian, Typhoon Haiyan, Cyclone Idai) is an event, no person');
  // "Federal Ministry of Health", "German Federal Ministry for Economic Affairs": qualifying words may open it.
  if (names.length > 2 && names.some((n, i) => n === 'Ministry' && (names[i + 1] === 'of' || names[i + 1] === 'for'))) return make('government', 'a ministry or department of a government (Ministry of Land, Infrastructure, Transport and Tourism)');
  // "Biomedical Research Centre", "Ludwig Cancer Research Center": a centre named for its field of research is an institution.
  if (names.length > 2 && ix.placeHeads.has(lastText) && names[names.length - 2] === 'Research') {
    return make('organization', 'a centre of research (Biomedical Research Centre) is an institution, not a place');
  }
  // "National Cyber Security Centre", "National Hurricane Center": a centre named for the field it works in is an
  // agency or institute; "Barbican Centre", "Glasgow Science Centre", "Lincoln Center" (a venue's words) stay places.
  if (names.length > 2 && CENTRE.test(lastText) && CENTRE_FIELD.test(names[names.length - 2])) {
    return make('organization', 'a centre named for the field it works in (National Cyber Security Centre) is an institution, not a place');
  }
  // "studying at Oregon State", "the kids from Chico State": a state or a city and "State" after "at" or "from" is the
  // university called so ("in Washington State", "moved here from Washington State" stay places).
  if (names.length === 2 && lastText === 'State' && STATE_SCHOOL_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !MOVED_FROM_BEFORE.test(text.slice(Math.max(0, start - 30), start))) {
    return make('organization', 'a place and "State" right after "at" or "from" (studying at Oregon State, the kids from Chico State) is a state university');
  }
  if (names.length > 1 && ix.placeHeads.has(lastText) && !firstNameAndSurname(text, start, names)) {
    if (!namedPerson(text, start, end)) return make('place', cues.placeHeads.reason);
    return make('person', 'a name ending in a place head that someone introduces as theirs (I\'m Jun Park) or that an office follows (Andrew Hall, the Chief Inspector) is a person');
  }
  // "Cape Ommaney", "Mount Rainier", "Lake Tahoe": a word for a landform opening a short name makes it a place.
  if (names.length > 1 && names.length <= 3 && PLACE_OPENING.test(names[0])) return make('place', 'a name opened by Cape, Mount, Lake or Isle (Cape Ommaney, Mount Rainier) is a place');
  // "the Strait of Hormuz", "the Gulf of Aden", "the Bay of Bengal": a body of water "of" a name is a place ("Gulf Air" is not).
  if (names.length === 3 && names[1] === 'of' && WATER_OF_OPENING.test(names[0])) return make('place', 'a strait, gulf, bay or sea "of" a name (the Strait of Hormuz, the Gulf of Aden) is a place');
  if (names.length > 1 && ix.eventHeads.has(lastText)) {
    // "the Commonwealth Games" is an event; "Epic Games", "Riot Games" with no article are the studios of that name.
    const where = tagsOf(names[0].toLowerCase()).some((t) => t === 'Demonym' || PLACE_TAGS.has(t)); // Asian Games, Paris Games
    if (lastText === 'Games' && !where && !/(?:^|[^A-Za-z])the\s+$/i.test(text.slice(Math.max(0, start - 5), start))) {
      return make('organization', 'a name ending in "Games" with no "the" before it (Epic Games, Riot Games) is a games company; "the Asian Games" is an event');
    }
    return make('event', cues.eventHeads.reason);
  }
  if (names.length > 1 && ix.workHeads.has(lastText)) return make('work', cues.workHeads.reason);
  if (names.length > 1 && ix.benchmarkHeads.has(lastText)) return make('benchmark', cues.benchmarkHeads.reason);
  if (names.length > 1 && isProductName(names)) return make('product', PRODUCT_NAME_REASON, 1);
  // "Federated Data Platform", "Harbor Toolkit": a name ending in a word for software one runs is a product, no person.
  if (names.length > 1 && PRODUCT_HEAD.test(lastText)) return make('product', 'a name ending in Platform or Toolkit (Federated Data Platform) is a product', 1);
  // An English employer phrase (a Latin word before it): "engineer at Lockheed Martin" names a company, not a man.
  if (prefix?.type === 'organization' && /[A-Za-z]\s*$/.test(text.slice(Math.max(0, start - 2), start).trimEnd())) return make('organization', prefix.reason);

  // "- Keiko Arai, Chief Operating Officer, Sanwa Photoresist": the last part of a list entry after a name and a title is
  // where that person works.
  if (ENTRY_EMPLOYER_BEFORE.test(text.slice(Math.max(0, start - 160), start)) && ENTRY_END_AFTER.test(text.slice(end, end + 4))) {
    return make('organization', 'the last part of a list entry, after a name and a title (- Keiko Arai, Chief Operating Officer, Sanwa Photoresist), is where the person works');
  }
  // "Helio Thermal, a thermal storage startup out of Denver": the appositive says what the name is, whatever its words.
  if (ix.orgAppositive.test(text.slice(end, end + 120))) return make('organization', cues.enOrgAppositiveHeads.reason);
  if (ix.orgPredicate.test(text.slice(end, end + 120))) return make('organization', 'a name said to be "a/the … group/company/startup" (Scattered Spider is still the most active group) is an organization');
  if (SUBSIDIARY_PREDICATE.test(text.slice(end, end + 80))) return make('organization', 'a name said to be "a (wholly owned) subsidiary/division of" another (Mesa Verde is a wholly owned subsidiary of Y) is an organization');
  if (ix.productPredicate.test(text.slice(end, end + 120))) return make('product', 'a name said to be "the/our … robot/drone/chip" (Atlas Home is the household robot we built) is a product');
  // "a model called FoldGen-2", "Mimi, the codec that we used": the model noun says what the name is, even a name
  // compromise knows as a person's or one shaped like a company's.
  if (MODEL_CALLED.test(text.slice(Math.max(0, start - 40), start)) || MODEL_APPOSITIVE.test(text.slice(end, end + 120))) return make('model', MODEL_NOUN_REASON, 1);
  if (PRODUCT_IS_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return make('product', 'a product noun the name is said to be (our rocket is Kestrel, the engine is called Talon, our first game was Ashfall) says it is a product', 1);
  if (MODEL_VERB_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return make('model', 'a name right after a verb only models take (we fine-tuned MiniCPM, a quantized X) is a model', 1);
  if (names.length === 1 && PARAMETER_COUNT.test(names[0])) return make('model', 'a name with a parameter count (Orion-3B, Vela-1.5B) is a model', 1);
  if (ORG_CALLED.test(text.slice(Math.max(0, start - 40), start))) return make('organization', 'an organization noun before "called" (a group called Scattered Spider, a startup called Norvale) says the name is an organization', 1);
  if (isPlaceAndPlural(names, ix)) return make('organization', PLACE_AND_PLURAL_REASON, 1);

  // "the World Agri-Tech Summit at Moscone West", "the Aurora Festival at Kelvin Grove": where an event is held, a venue.
  const eventAt = EVENT_AT_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (eventAt && ix.eventHeads.has(eventAt[1])) return make('place', 'a name right after an event and "at" (the Agri-Tech Summit at Moscone West) is where it is held, a venue', 1);
  if (surface.includes(' & ')) {
    // Everyday words joined by "&" ("Research & Development", "Terms & Conditions") name nothing: a firm's are names.
    const everyday = (n: string) => COMMON_NOUN_SUFFIX.test(n) || ['everyday', 'everyday-lower'].includes(wordKind(n, commonWords));
    return names.some(everyday) ? null : make('organization', 'names joined by "&" (Marks & Spencer, Procter & Gamble) name a firm', 0);
  }
  const single = names.length === 1;
  const word = names[0];
  if (single && /^[A-Z][A-Za-z0-9-]*\.(?:ai|io|com|co|org|net|app|xyz)$/.test(word)) return make('organization', 'a name written as a web domain (Pony.ai) is a company', 1);
  if (single) {
    if (word.length < 2 || REPORTING_PERIOD.test(word)) return null; // "FY2024", "Q3": a period, no name
    // "CVE-2023-4966": a vulnerability's id names a flaw, a concept (no organization).
    if (CVE_ID.test(word)) return make('concept', 'a CVE id (CVE-2023-4966) names a software vulnerability, a concept', 1);
    // "new schools in the States": "the States" alone is the United States.
    if (word === 'States' && /(?:^|[^A-Za-z])the $/.test(text.slice(Math.max(0, start - 5), start))) {
      return { ...make('place', '"the States" alone is the United States', 1), canonical: 'United States' };
    }
    // "Transcribed by", "Produced by" opening a line: a participle, not a name.
    if (/^[A-Z][a-z]+ed$/.test(word) && /^ by\b/.test(text.slice(end, end + 4))) return null;
    // "10:02 A.M. NZDT": a clock's A.M./P.M. and the time zone after a clock time are no names.
    if (/^[AaPp]\.[Mm]$/.test(word) || (isAcronym(word) && CLOCK_BEFORE.test(text.slice(Math.max(0, start - 16), start)))) return null;
    // "END 10:31 A.M.", "UPDATE 3:45 PM": a word in capitals right before a clock time marks the transcript, names nothing.
    if (isAcronym(word) && /^\s+\d{1,2}[:.]\d{2}\b/.test(text.slice(end, end + 8))) return null;
    // A head word alone names nothing: "Technologies" of "1X Technologies", "Labs", "Summit", "Act".
    if (ix.orgHeads.has(word) || ix.eventHeads.has(word) || ix.workHeads.has(word) || ix.benchmarkHeads.has(word)) return null;
    // "Guest: Dr. X, Director, The Harlow Museum": a job title alone names nothing, in capitals too ("CALLER: Hi").
    if (ix.roleWords.has(word) || ix.roleWords.has(titled(word))) return null;
    // "I'm at the training ground on Mondays": a weekday in the plural names nothing; "Thank you, Madam President": nor
    // does the form of address.
    if (WEEKDAYS_PLURAL.test(word) || word === 'Madam' || word === 'Madame') return null;
    // "everything excavated stays in Jordan", "we lived in Chad": a country compromise knows only as a first name, after
    // "in", is the country.
    if (FIRST_NAME_COUNTRIES.test(word) && COUNTRY_IN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && !/^['’]s\b/.test(text.slice(end, end + 3))) {
      return make('place', 'a country that is also a first name (Jordan, Chad) right after "in" is the country', 1);
    }
    // "Tigrinya and Amharic into English", "she speaks Tlingit", "the Ket language": a language names nothing, as
    // "English" (which compromise knows) does not.
    if (LANGUAGES.test(word) || LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || LANGUAGE_AFTER.test(text.slice(end, end + 12))) return null;
    const common = commonWords.has(word.toLowerCase());
    // "the A321neo", "on H100s": a model number of two digits or more, alone, is a product (not "Q3", "G20").
    if (MODEL_NUMBER.test(word) && /\d{2}/.test(word)) return make('product', PRODUCT_NAME_REASON, 0);
    if (isCamelCase(word)) return make('organization', 'a CamelCase name is an organization or product name', 0);
    if (SHORT_TERM.test(word)) return null; // "join for Q&A", "our M&A team": a short term, no organization
    // "Mr. Okafor, Lindqvist was the CEO then", "Ebersole is the presiding judge": a post only a person holds, said of the word.
    if (!isAcronym(word) && !common && PERSON_PREDICATE.test(text.slice(end, end + 60))) return make('person', 'a word said to be "the CEO/founder/judge …" (Lindqvist was the CEO) names a person', 0);
    if (AND_COLLEAGUES.test(text.slice(end, end + 24))) return make('person', 'a surname before "and colleagues" or "et al." (Arnason and colleagues) is an author, a person', 0);
    // "Flight 1282", "ITEM 7", "Exhibit 4", "the Route 7 bus", "Ward 3", "Day 2": a numbered designation names nothing
    // (Apollo 11 keeps its name).
    if (NUMBERED_DESIGNATION.test(titled(word)) && /^ \d/.test(text.slice(end, end + 2))) return null;
    // "2 million TEU", "14,000 MW": an unknown acronym right after a count is its unit, no organization.
    if (isAcronym(word) && COUNT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
    // "the PDUFA date", "their TOEFL scores", "our DUV tools": an unknown acronym between a determiner and a noun
    // qualifies that noun, a term, no organization.
    if (isAcronym(word) && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && nounAfter(text.slice(end, end + 20))) return null;
    // "other CISOs", "fellowships for HBCUs": an acronym in the plural names a kind of thing, no organization.
    if (/^[A-Z]{2,6}s$/.test(word)) return null;
    if (isAcronym(word)) return word.length >= 3 ? { ...make('organization', 'an unknown acronym, read as an organization', 0), minCount: 1 } : null;
    if (common) return null;
  }
  // "Genomics England", "Cricket Australia": a field's noun before a country names that country's body for the field
  // ("Rewiring America", a campaign's -ing word, too);
  // "New England", "Rural England", "Central America" (an adjective or direction first) stay places.
  if (names.length === 2 && tagsOf(names[1].toLowerCase()).includes('Country') && isFieldNoun(names[0], commonWords)) {
    return make('organization', 'a field noun and a country after it (Genomics England) is a national body, not a place', 0);
  }
  if (names.length === 3 && /^[A-Z]$/.test(names[1]) && tagsOf(word.toLowerCase()).includes('City')) {
    return make('organization', 'a city, an initial and a name (Yokohama F. Marinos) is a club', 0);
  }
  if (names.length > 1 && SAINT_SHORT.test(word) && text[start + word.length] === '.') return make('place', 'a name opening with St., Mt. or Ft. (St. Paul, Mt. Hood) is a place', 0);
  // "Renaud de Lesquen", "Thibault Mercier", "Amélie": a given name compromise does not list opening the name, a surname
  // (after one particle, if any) the rest, is a person.
  if (ix.givenNames.has(word) && givenNameAndSurname(names)) return make('person', cues.enGivenNames.reason, 0);
  // "Ross School of Business", "Jacobs School of Medicine": a school, college or academy of a field is an institution,
  // however much its namesake's name looks like a person's.
  if (isFacultyBody(group)) return make('organization', 'a school, college or academy of a field (Ross School of Business) is an institution, whoever it is named after', 0);
  const tagged = compromiseType(surface);
  if (tagged === 'drop') return null;
  if (!tagged && !isCamelCase(word) && !isAcronym(word)) {
    // An English place cue (a Latin word before it: 来自 also precedes companies) or "Caltech in Pasadena".
    if (prefix?.type === 'place' && /[A-Za-z]\s*$/.test(text.slice(Math.max(0, start - 2), start).trimEnd())) return make('place', prefix.reason);
    // "Franklin Middle School, Tacoma, Washington", "Lonza's plant in Visp, Switzerland": an unknown name before a comma
    // and a state, region or country that ends the phrase is a town there.
    const region = REGION_AFTER.exec(text.slice(end, end + 40));
    if (region && tagsOf(region[1].toLowerCase()).some((t) => t === 'Region' || t === 'Country')) {
      return make('place', 'an unknown name before a comma and a state, region or country (Tacoma, Washington) is a town there');
    }
    // "Ngozi Achebe in Conversation with …", "Acme in Partnership with …": "in <abstract noun> with" says how, no place
    // and no name.
    if (single && MANNER_NOUN.test(word) && /\bin\s+$/.test(text.slice(Math.max(0, start - 4), start)) && /^ with\b/i.test(text.slice(end, end + 6))) return null;
    if (AFTER_NAME_IN.test(text.slice(Math.max(0, start - 40), start))) return make('place', 'an unknown name right after "<name> in" (Caltech in Pasadena) is where that one is');
    if (AFTER_NAME_OUT_OF.test(text.slice(Math.max(0, start - 48), start))) return make('place', 'an unknown name right after "<name> out of" (Granite Peak Partners out of Columbus) is where that one is from');
    // "the Puyallup viaduct", "the Adre crossing", "the Lakewood extension": one unknown word naming a piece of ground.
    if (single && THE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && GROUND_AFTER.test(text.slice(end, end + 14))) {
      return make('place', 'one unknown word between "the" and a word for a piece of ground or a route (the Puyallup viaduct, the Adre crossing) names a place');
    }
    if (OPENING_IN.test(text.slice(Math.max(0, start - 6), start)) && SCENE_AFTER.test(text.slice(end, end + 12))) {
      return make('place', 'a sentence opening "In <name>," or "In <name> we …" sets the scene: a place (In Medellín we financed the buses)');
    }
  }
  // A lone capitalised word at a sentence start is a name only when compromise knows it as one, or when the document
  // writes it as a name elsewhere ("a lab called Kyutai …" then "Kyutai promotes open science"): mentions.ts decides.
  if (single && !tagged && !besideHan(text, start, end) && isSentenceInitial(text, start)) {
    // "Amkor is building a plant", "Concord also owns Rounder", "Flick now coaches Barcelona": a verb only someone who
    // acts takes (owns, acquired, coaches) says the word is a name, though the document writes it nowhere else.
    const agent = isAcronym(word) || ADVERB_SHAPE.test(word) || commonWords.has(word.toLowerCase()) ? null : AGENT_VERB_AFTER.exec(text.slice(end, end + 40));
    if (agent) {
      const type = PERSON_VERB.test(agent[1]) ? 'person' : 'organization';
      return make(type, `an unknown word opening a sentence before a verb only someone who acts takes (Amkor is building, Concord also owns, Flick now coaches) is a name (${type === 'person' ? "a person's verb" : "a firm's verb"})`, 0);
    }
    return { ...make('organization', 'a capitalised word at a sentence start that the document also writes as a name where no sentence starts', 0), minCount: 1, initial: true };
  }
  // "we both left Driscoll's", "a job at Sainsbury's, then": a surname's possessive with no noun after it is the firm
  // named after the family (a first name's is not: "it was Sarah's").
  if (single && POSSESSIVE_FIRM_AFTER.test(text.slice(end, end + 12)) && !knownFirstName(word)) {
    return make('organization', "a surname's possessive with no noun after it (we both left Driscoll's) names the family's firm", 0, end + 2);
  }
  if (tagged) return make(tagged, `compromise tags "${surface}" as ${tagged}`, 0);
  if (!single) {
    // Title-case phrases ("Theoretical Physics", "Earnings Conference Call") are made of everyday words; names are not.
    // "Conference Call Participants": an event's or a document's head word compromise does not list is an everyday noun.
    const kinds = names.map((n) => {
      const kind = wordKind(n, commonWords);
      return kind === 'other' && (ix.eventHeads.has(n) || ix.workHeads.has(n)) ? 'everyday' : kind;
    });
    const head = kinds.slice(0, -1);
    const tail = kinds[kinds.length - 1];
    // "Department of Antiquities", "Ministry of Fisheries": a body named for its field is made of everyday words by nature.
    const fieldBody = names.some((n, i) => i + 2 < names.length && PORTFOLIO_HEADS.has(n) && (names[i + 1] === 'of' || names[i + 1] === 'for'));
    if (!fieldBody && head.every((k) => k !== 'name' && k !== 'other') && tail !== 'name' && tail !== 'other') return null;
    // "Park Ji-ho", "Kim Jong-un", "Lee Jae-yong": a short surname and a hyphenated two-syllable given name.
    if (names.length === 2 && /^[A-Z][a-z]{1,4}$/.test(names[0]) && HYPHENATED_GIVEN.test(names[1])) {
      return make('person', 'a short surname and a hyphenated two-syllable given name (Park Ji-ho) is a personal name', 0);
    }
    // O'Brien, De'Aaron, D'Angelo, McKenzie, MacArthur: a short prefix and a capital inside are still one name word.
    // "Mensah-Bright", "Petrosyan-Wells": a double-barrelled surname is one name word.
    const nameWord = (n: string) => /^[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*$/.test(n) || /^[A-Z]$/.test(n) || /^(?:[A-Z][a-z]{0,2}['’]|Ma?c)[A-Z][a-zà-ÿ]+$/.test(n);
    // "Helios Storage": a last word compromise does not list but the document writes in lower case ("storage is
    // hard") is a common noun, no surname, unless a known first name comes before it.
    const commonNoun = tail === 'everyday' && tagsOf(names[names.length - 1].toLowerCase()).length === 0 && commonWords.has(names[names.length - 1].toLowerCase());
    // "Computer Engineering", "Paediatric Nursing": a field's -ing noun last is no surname unless a first name comes before it (Helen Fielding).
    const fieldLast = tagsOf(names[names.length - 1].toLowerCase()).includes('Gerund') && !head.includes('name');
    // "Kestrel Minerals", "Gardners Books", "University Hospitals", "Trellis Health": a trade's word last is no surname.
    const tradeLast = TRADE_LAST.test(names[names.length - 1]) && !knownFirstName(names[0]);
    // "Arclight One": a number closing the name is no surname.
    const person = names[names.length - 1] !== 'One' && head.every((k) => k === 'name' || k === 'other') && tail !== 'everyday-lower' && !(commonNoun && !head.includes('name')) && !fieldLast && !tradeLast && !INSTITUTIONAL_OPENING.test(names[0]);
    // "on the Northern Corridor", "traded to the San Antonio Spurs", "welcome back to The Particle Hour": a name after
    // "the" (or a title's capitalised "The") is no person's.
    const afterThe = /(?:^|[^A-Za-z])[Tt]he\s+$/.test(text.slice(Math.max(0, start - 5), start));
    // "Terran R", "Model S": a name and a lone capital after it (no first name before: Malcolm X) is a model letter.
    if (names.length === 2 && /^[A-Z]$/.test(names[1]) && kinds[0] !== 'name') {
      return make('product', 'a name and a lone capital letter after it (Terran R, Model S) is a product and its model letter', 0);
    }
    // "Black Hat Europe", "Summit Asia": a last word that is a country or a continent is no surname.
    const placeLast = tagsOf(names[names.length - 1].toLowerCase()).some((t) => t === 'Country' || t === 'Place');
    // "Bill Winters of Standard Chartered", "Priya Desai from Naughty Dog": after a named person and of/from/at comes
    // where that person works, no second person; "Five Years", "La Poste": a number or an article opens no name.
    const employerOfPerson = PERSON_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    if (tagsOf(names[0].toLowerCase()).includes('Cardinal')) return null; // "Five Years, Two Engines": a count, no name
    // "Golden Acre", "Southern Fidelity", "Swiss Re": an adjective or a demonym first (compromise lists it so, and as
    // no name) is no first name; a rank is (General Patton, Major Lindqvist).
    const adjectiveFirst = kinds[0] !== 'name' && !RANK_ADJECTIVE.test(names[0]) && tagsOf(names[0].toLowerCase()).some((t) => t === 'Adjective' || t === 'Demonym');
    const notAFirstName = ARTICLE_OPENING.test(names[0]) || adjectiveFirst;
    // "the Chief Inspector of Rail Accidents", "the Deputy Chief Constable": a rank and an office noun name an office,
    // neither a body that could employ anyone nor a person.
    if (OFFICE_RANK.test(names[0]) && OFFICE_HEAD.test(names[names.length - 1])) return null;
    // "of Rail Accidents" after such an office is the field it covers, no body either.
    if (OFFICE_OF_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return null;
    if (names.length <= 4 && names.filter((n) => n.length > 1).length <= 3 && names.every(nameWord) && person && !afterThe && !placeLast && !employerOfPerson && !notAFirstName) {
      return make('person', 'two or three capitalised words with no other cue read as a personal name', 0);
    }
    return make('organization', 'a capitalised multi-word name with no cue', 0);
  }
  return { ...make('organization', 'a capitalised word that is never written in lower case in this document', 0), minCount: 1 };
}

const CAPITALS_HEADING_REASON = 'a header line in capitals names an event only by its head word (GAME DEVELOPERS CONFERENCE)';
/** Words before an event head that make it a format, not a named event: PRESS CONFERENCE, NEWS CONFERENCE. */
const FORMAT_BEFORE_HEAD = /^(?:Press|News|Media)$/;
/** How far a header line is read each way from a name; a longer line is no header line. */
const HEADER_LINE_REACH = 160;

/**
 * "ANNUAL GENERAL MEETING", "CITY OF MAPLEWOOD", "POST-MATCH PRESS CONFERENCE": several words in capitals, an
 * everyday word among them and no personal name, on a line with no lower-case letter, head a transcript: null (no
 * name), or 'event' when an event's head word ends them (GAME DEVELOPERS CONFERENCE). undefined: not such a heading.
 * The line is read at most HEADER_LINE_REACH characters each way.
 */
function capitalsHeadingType(text: string, start: number, end: number, names: string[], ix: LatinIndex, commonWords: Set<string>): EntityType | null | undefined {
  if (names.length < 2 || !names.every((n) => /^[A-Z][A-Z'’-]*$/.test(n)) || !names.some((n) => n.length >= 4)) return undefined;
  const kinds = names.map((n) => wordKind(titled(n), commonWords));
  if (kinds.includes('name') || !kinds.some((k) => k === 'everyday' || k === 'everyday-lower')) return undefined;
  const before = text.slice(Math.max(0, start - HEADER_LINE_REACH), start);
  const after = text.slice(end, end + HEADER_LINE_REACH);
  const lineStart = before.lastIndexOf('\n');
  const lineEnd = after.indexOf('\n');
  if ((lineStart < 0 && start > HEADER_LINE_REACH) || (lineEnd < 0 && end + HEADER_LINE_REACH < text.length)) return undefined;
  if (/[a-z]/.test(before.slice(lineStart + 1)) || /[a-z]/.test(lineEnd < 0 ? after : after.slice(0, lineEnd))) return undefined;
  const head = titled(stripPossessive(names[names.length - 1]));
  const format = names.length > 1 && FORMAT_BEFORE_HEAD.test(titled(names[names.length - 2]));
  return ix.eventHeads.has(head) && !format ? 'event' : null;
}

/** A personal name (two capitalised words) and of/from/at right before a name: "Bill Winters of ", "Priya Desai from ". */
const PERSON_OF_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+,? (?:of|from|at) $/u;
/** After a name: a possessive "'s" and no noun, only a stop, a clause's end or a preposition (left Driscoll's, and…). */
const POSSESSIVE_FIRM_AFTER = /^['’]s(?:[.,;:!?)]|\s+(?:and|or|in|at|for|to|on|with|after|before|since|where|when|which|who|is|was|has|had|because|but)\b)/;
/** Ranks and titles compromise lists as adjectives: "General Patton", "Major Lindqvist", "Chief Seattle". */
const RANK_ADJECTIVE = /^(?:General|Major|Private|Chief|Senior|Junior)$/;
/** Articles of French, Spanish, Italian and German opening a firm's or a paper's name: La Poste, Les Echos, Die Zeit. */
const ARTICLE_OPENING = /^(?:La|Les|Los|Las|El|Il|Die|Der|Das)$/;

/** Short forms of Saint, Mount and Fort, written with a stop before the rest of a place's name. */
const SAINT_SHORT = /^(?:St|Mt|Ft)$/;
/** The same closing a hyphenated word: "Minneapolis-St. Paul", "Dallas-Ft. Worth". */
const SAINT_SHORT_HYPHENATED = /^[A-Z][a-z]+-(?:St|Mt|Ft)$/;
/** Prefixes of a ship's name: motor ship, motor vessel, His Majesty's Ship, United States Ship, research vessel. */
const SHIP_PREFIX = /^(?:MS|MV|HMS|USS|USNS|RV|RMS|HMAS|HMCS|HMNZS|CCGS|FV)$/;
/** First words of a storm's name: Hurricane Ian, Typhoon Haiyan, Cyclone Idai. */
const STORM_OPENING = /^(?:Hurricane|Typhoon|Cyclone)$/;
/** A lower-case word opening `after` (after one space) that may be a noun: no function word, verb form or adverb. */
function nounAfter(after: string): boolean {
  const next = /^ ([a-z]{3,})\b/.exec(after)?.[1];
  if (!next || NOT_A_NOUN.test(next)) return false;
  return !tagsOf(next).some((t) => FUNCTION_WORD_TAGS.has(t) || t === 'Copula' || t === 'PastTense' || t === 'Modal' || t === 'Adverb');
}
const NOT_A_NOUN = /^(?:and|but|nor|yet|who|which|that|has|have|had|said|says|for|from|with|into|than|then|also)$/;
/** An event's head word and "at" right before a name: "Summit at ", "Conference at the ". */
const EVENT_AT_BEFORE = /(\p{Lu}\p{Ll}+)\s+at\s+(?:the\s+)?$/u;
/** A determiner right before a word: the PDUFA date, our DUV tools. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|our|their|its|his|her|your|my|a|an|this|that|these|those)\s+$/iu;
/** A count right before a word (2 million TEU, 14,000 MW, 3.5 GW); a year (2024 ASML) is none. */
const COUNT_BEFORE = /(?:\b(?:million|billion|thousand|hundred)|(?<![\d,.])(?:\d{1,3}(?:,\d{3})*|\d+\.\d+))\s+$/;
/** Last words of a government body's name that no lexicon needs: HM Treasury, UK Treasury, Scottish Parliament. */
const GOVERNMENT_HEAD = /^(?:Treasury|Parliament|Exchequer)$/;
/** " was the CEO", " is now our head coach", " was the presiding judge" after a word: a post only a person holds. */
const PERSON_PREDICATE =
  /^\s+(?:is|was)\s+(?:(?:still|now|also|then)\s+)?(?:the|our|their|its|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:CEO|chief\s+executive|founder|co-founder|cofounder|chairman|chairwoman|chairperson|president|head\s+coach|coach|manager|captain|judge|mayor|governor|senator|minister|director|editor|author|CTO|CFO|COO)\b(?!\s+(?:company|firm|fund|group|team|office|program|programme))/;

/** What follows an author's surname in talk about research: "Arnason and colleagues", "Okonkwo et al.". */
const AND_COLLEAGUES = /^(?:,?\s+and\s+(?:colleagues|co-?authors|co-?workers|collaborators)\b|\s+et\s+al\b)/;
/** Everyday terms written as two capitals and "&": questions and answers, mergers and acquisitions, profit and loss. */
const SHORT_TERM = /^(?:Q&A|M&A|P&L)$/;
/** Everyday nouns a number follows to designate one of a series: Flight 1282, Item 7, Gate 5. */
const CVE_ID = /^CVE-\d{4}-\d{4,7}$/;
const NUMBERED_DESIGNATION = /^(?:Flight|Item|Gate|Chapter|Exhibit|Slide|Figure|Page|Appendix|Lane|Tranche|Berth|Pier|Unit|Lot|Route|Ward|Day|Week|Exit|Section|Phase|Stage|Season|Episode|Part|Volume|Article|Clause|Step|Tier|Round|Game|Platform|Terminal|Room|Floor|Block|District|Zone|Precinct|Corridor|Line|Track|Junction)$/;

/**
 * Words of a trade that end a firm's name and no surname (Kestrel Minerals, Gardners Books, Mer Film, Ironweed Brewing,
 * Trident Seafoods, Carollo Engineers; a hospital's short name, Mercy Regional): not head words,
 * since "Critical Minerals" or "Mental Health" name no firm; they only keep an unknown pair from reading as a person.
 */
const TRADE_LAST = /^(?:Minerals|Metals|Materials|Chemicals|Books|Foods|Brands|Solutions|Services|Hospitals|Clinics|Pharmacy|Pharmacies|Health|Healthcare|Film|Films|Farms|Homes|Regional|Memorial|Stores|Markets|Beverages|Apparel|Outfitters|Motors|Mining|Energy|Power|Logistics|Freight|Shipping|Telecom|Communications|Broadband|Wireless|Transit|Transport|Nutrition|Seafood|Seafoods|Fisheries|Brewing|Brewery|Breweries|Distillery|Distilling|Roasters|Roastery|Bakery|Bakeries|Creamery|Dairy|Dairies|Cannery|Engineers|Engineering|Distributing|Distributors|Ranches|Orchards|Charities|Contractors|Builders|Consulting|Consultants)$/;

/**
 * Languages compromise does not know as demonyms (it knows English, Spanish, Hindi, Korean …): alone, each is a
 * language, no organization. Names that are also first names (Sami, Shona) or places (Tigre) are left out.
 */
const LANGUAGES = /^(?:Arabic|Amharic|Tigrinya|Swahili|Kiswahili|Somali|Oromo|Hausa|Yoruba|Igbo|Zulu|Xhosa|Twi|Ewe|Wolof|Fula|Fulani|Lingala|Kinyarwanda|Kirundi|Luganda|Chichewa|Sesotho|Setswana|Afrikaans|Berber|Tamazight|Pashto|Dari|Farsi|Persian|Kurdish|Turkish|Hebrew|Yiddish|Aramaic|Urdu|Bengali|Bangla|Punjabi|Tamil|Telugu|Marathi|Gujarati|Kannada|Malayalam|Sinhala|Nepali|Tibetan|Uyghur|Uzbek|Kyrgyz|Tajik|Azerbaijani|Mandarin|Cantonese|Hakka|Hokkien|Tagalog|Malay|Javanese|Khmer|Burmese|Hmong|Maori|Māori|Tongan|Hawaiian|Tlingit|Haida|Navajo|Cherokee|Lakota|Ojibwe|Inuktitut|Quechua|Aymara|Guarani|Nahuatl|Finnish|Catalan|Galician|Gaelic|Breton|Flemish|Frisian|Romani|Sanskrit|Latin|Esperanto|Creole|Patois)$/;
/** "at " or "from " right before a name: where one studies (at Oregon State, the kids from Chico State). */
const STATE_SCHOOL_BEFORE = /(?:^|[^\p{L}])(?:at|from)\s+$/u;
/** A verb of moving before "from": "moved here from Washington State" names the state. */
const MOVED_FROM_BEFORE = /\b(?:moved|moving|came|coming|relocated|drove|flew|here|over)\s+(?:\w+\s+)?from\s+$/;
/** Countries compromise knows only as first names. */
const FIRST_NAME_COUNTRIES = /^(?:Jordan|Chad)$/;
/** "in ", "home to ", "back to ", "across " right before a name: a place. */
const COUNTRY_IN_BEFORE = /(?:(?:^|[^\p{L}])(?:in|across|throughout)|\b(?:home|back|went|moved|travelled|traveled|returned)\s+to)\s+$/u;
/** Words for a landform that open a place's name: Cape Ommaney, Mount Rainier, Lake Tahoe, Isle of Skye. */
const PLACE_OPENING = /^(?:Cape|Mount|Lake|Isle)$/;
/** A body of water named "of" a place: the Strait of Hormuz, the Gulf of Aden, the Bay of Bengal, the Sea of Japan. */
const WATER_OF_OPENING = /^(?:Strait|Straits|Gulf|Bay|Sea)$/;
/** Weekdays in the plural (on Mondays, Fridays off), which compromise does not tag as dates. */
const WEEKDAYS_PLURAL = /^(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)$/;
/** A verb of speaking right before a word: "she speaks Tlingit", "spoke Haida", "fluent in Wolof". */
const LANGUAGE_BEFORE = /(?:^|[^\p{L}])(?:speaks?|spoke|speaking|fluent\s+in)\s+$/u;
/** A word for a language or its speakers right after a word: "the Ket language", "Wakhi-speaking families". */
const LANGUAGE_AFTER = /^(?:\s+languages?\b|-speaking\b|\s+speakers\s+(?:left|remain|who)\b)/;

/** A rank opening the name of an office (Chief Inspector, Deputy Chief Constable, Senior Coroner). */
const OFFICE_RANK = /^(?:Chief|Deputy|Assistant|Senior|Principal|Acting|Interim)$/;
/** Such an office and "of" or "for" right before a name ("the Chief Inspector of Rail Accidents"). */
const OFFICE_OF_BEFORE = /\b(?:Chief|Deputy|Assistant|Senior|Principal|Acting|Interim)(?: [A-Z][a-z]+)* (?:Inspector|Constable|Superintendent|Officer|Executive|Secretary|Minister|Commissioner|Coroner|Examiner|Whip|Scientist|Economist|Engineer|Surgeon|Nurse|Planner|Adviser|Advisor|Counsel|Correspondent) (?:of|for) (?:the )?$/;
/** The noun of an office that closes its name. */
const OFFICE_HEAD = /^(?:Inspector|Constable|Superintendent|Officer|Executive|Secretary|Minister|Commissioner|Coroner|Examiner|Whip|Scientist|Economist|Engineer|Surgeon|Nurse|Planner|Adviser|Advisor|Counsel|Correspondent)$/;

/** " of " and a capitalised word after a head word: "Bank of America", "University of Leeds". */
const HEAD_OF_NAME_AFTER = /^ of (?:the )?[A-Z]/;
/** " is a wholly owned subsidiary of", ", which is a division of" after a name: only a firm is one. */
const SUBSIDIARY_PREDICATE = /^(?:,\s+(?:which|that)\s+(?:is|was)\s+|\s+(?:is|was|has\s+been|remains)\s+)(?:(?:now|also|still)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|division)\s+of\b/;

/** Last words of a software product's name. */
const PRODUCT_HEAD = /^(?:Platform|Toolkit)$/;
const CENTRE = /^(?:Centre|Center)$/;
/** Fields an agency or institute called a centre works in (not Science or Data: science museums, data centres are places). */
const CENTRE_FIELD = /^(?:Medical|Trauma|Heart|Rehabilitation|Security|Cybersecurity|Cancer|Health|Disease|Diseases|Policy|Innovation|Computing|Supercomputing|Intelligence|Hurricane|Safety|Excellence|Studies|Prediction|Forecasting|Counterterrorism|Fraud|Fusion|Relief|Genomics|Physics|Medicine|Ethics|Rights|Justice|Development|Climate)$/;

/**
 * A noun naming a field before a country's name: "Genomics", "Robotics" (an -ics noun), or a word compromise lists as
 * a noun or the document writes in lower case, with no adjective's ending ("Rural", "Central", "Eastern").
 */
function isFieldNoun(word: string, commonWords: Set<string>): boolean {
  const lower = word.toLowerCase();
  const tags = tagsOf(lower);
  if (tags.some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative' || PLACE_TAGS.has(t) || PERSON_TAGS.has(t) || t === 'LastName')) return false;
  if (/^[a-z]{3,}ics$/.test(lower)) return true;
  // "Rewiring America", "Feeding America": a campaign's verb in -ing before the country it works for.
  if (/^[a-z]{3,}ing$/.test(lower)) return true;
  if (/(?:al|ern|ic|ian|ean|ese|ish|land|ward)$/.test(lower)) return false;
  return tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Uncountable') || commonWords.has(lower);
}

/** "our rocket is ", "the engine is called ", "our first game was ", "their flagship app is " right before a name. */
const PRODUCT_IS_BEFORE =
  /\b(?:our|the|its|their|his|her|my|your)\s+(?:(?:new|first|second|third|next|latest|main|flagship|own|current|debut|original)\s+){0,2}(?:product|rocket|engine|launcher|game|app|robot|chip|drone|car|vehicle|truck|satellite|device|console|headset|phone|browser|aircraft|plane|jet|reactor|battery|software|platform|tool|agent|assistant)\s+(?:is|was|will\s+be)\s+(?:called\s+|named\s+)?["“]?$/i;

/** A quote or bracket opening a title right before a word: '"Small rockets, big bets"'. */
const TITLE_OPENS = /["“‘(]$/;

/**
 * '"Small rockets, big bets"', "Cheap drones changed the war": one everyday word (compromise tags it an adjective or
 * an everyday word, or the document writes it in lower case) opening a sentence or a quoted title is no name, whatever
 * noun follows it; "Kestrel robots" is one.
 */
function everydayOpening(text: string, group: Word[], commonWords: Set<string>): boolean {
  if (group.length !== 1 || !(isSentenceInitial(text, group[0].start) || TITLE_OPENS.test(text.slice(Math.max(0, group[0].start - 1), group[0].start)))) return false;
  const lower = group[0].text.toLowerCase();
  return commonWords.has(lower) || tagsOf(lower).some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative' || EVERYDAY_TAGS.has(t));
}

/** Endings of abstract nouns, for words compromise does not list ("Conditions", "Acquisitions"); few surnames end so. */
const COMMON_NOUN_SUFFIX = /(?:tions?|sions?|ments?|ness|ity|ities)$/;

/** An opening quote right before a title, with the article that begins it ("The Big Fix"); group 1 is the article. */
const QUOTE_OPENS = /["“]((?:The|A|An) )?$/;
/** A work's kind right before a quote at `at`, as written or opening a sentence ("Her song", "The album"). */
function quotedWorkKind(text: string, at: number, cues: Cues): boolean {
  if (prefixCue(text, at, cues.prefix)?.type === 'work') return true;
  const before = text.slice(Math.max(0, at - 24), at);
  return prefixCue(before.toLowerCase(), before.length, cues.prefix)?.type === 'work';
}
/** A closing quote right after a name, a stop or a comma allowed inside it. */
const QUOTE_CLOSES = /^[,.!?]?["”]/;
/** The closing quote (a comma or period may come first or after it), then "by" and a capitalised name. */
const QUOTE_CLOSES_BY = /^[,.]?["”],? by \p{Lu}/u;

/** "Ministry of Land", "Department for Education": a ministry or department named after its portfolio; words before it may
 * qualify it ("German Federal Ministry for Economic Affairs"). */
const isPortfolioBody = (group: Word[]): boolean =>
  group.some((w, i) => i + 2 < group.length && PORTFOLIO_HEADS.has(w.text) && (group[i + 1].text === 'of' || group[i + 1].text === 'for') && group.slice(0, i).every((v) => /^[A-Z][a-z]+$/.test(v.text)));
/** "Royal Welsh College of Music", "School of Arts": a school named after the field it teaches, its last word a field. */
const FACULTY_HEADS = new Set(['College', 'School', 'Academy', 'Conservatoire', 'Conservatory', 'Faculty']);
/** Fields schools teach that compromise does not list as words: "Music and Drama", "Art and Design". */
const SCHOOL_FIELD = /^(?:Drama|Dance|Design|Art|Arts|Music|Theatre|Theater|Film|Nursing|Dentistry|Journalism|Law)$/;
const isFacultyBody = (group: Word[]): boolean => group.length >= 3 && group[group.length - 2].text === 'of' && FACULTY_HEADS.has(group[group.length - 3].text);
/** " and Social Care", " and Urban Development" right after a department's first portfolio; group 1 is the second. */
const PORTFOLIO_PAIR = /^ (?:and|&) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![A-Za-z])/;
/** A word of a portfolio: a word compromise knows (no name, place or company), one the document writes in lower case, or an abstract noun's ending ("Development"). */
function portfolioWord(word: string, commonWords: Set<string>): boolean {
  const lower = word.toLowerCase();
  const tags = tagsOf(lower);
  if (tags.some((t) => PERSON_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'LastName' || t === 'Organization' || t === 'ProperNoun')) return false;
  return tags.length > 0 || commonWords.has(lower) || PORTFOLIO_SUFFIX.test(lower);
}
/** Endings of the abstract nouns portfolios are named with (Industry, Rural, Agriculture, Tourism, Commerce, Defence). */
const PORTFOLIO_SUFFIX = /(?:tion|sion|ment|ness|ity|ry|al|ics|ure|ance|ence|ism|gy|cy|rce)s?$/;

/** ", Infrastructure, Transport and Tourism" after "Ministry of Land": capitalised portfolios, the last after "and". */
const PORTFOLIO_LIST = /^(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?){1,5},? (?:and|&) [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![A-Za-z])/;
const HYPHENATED_GIVEN = /^[A-Z][a-z]{1,4}-[a-z]{1,4}$/;
const CALLED_BEFORE = /(?:叫|叫做|名为|名叫)\s*[“"「]?$/;
/** 的 and the kind of thing, group 1 for a model: 的模型, 的 coding agent, 的App, 的芯片. */
const CALLED_KIND = /^[”"」]?\s*的\s*(?:(模型|大模型|model)|(?:[A-Za-z-]+\s){0,2}(?:agent|app|App|APP|tool|chip|platform|product|assistant|robot|device|IDE|SaaS)\b|产品|工具|应用|芯片|平台|软件|系统|机器人|助手|智能体|插件|游戏)/;

/** "In " opening a sentence or line, and what follows the name: a comma or the clause's subject. */
const OPENING_IN = /(?:^|[.!?;]\s+|\n\s*)In\s+$/;
const SCENE_AFTER = /^(?:,|\s+(?:we|I|they|our|there|the|people|it)\b)/;

/** A capitalised name, then "in", right before a name. */
/** ", Washington", ", New York —": a comma, one or two capitalised words, then the phrase's end; group 1 the words. */
const REGION_AFTER = /^,\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s*(?:[,.;:)\n—–]|\s-\s|$))/;
/** An abstract noun by its ending (Conversation, Partnership, Collaboration, Agreement, Dialogue, Alliance): no place. */
const MANNER_NOUN = /^[A-Z][a-z]+(?:tion|sion|ship|ment|ance|ence|ogue)$/;
const AFTER_NAME_IN = /(?:^|[^A-Za-z])[A-Z][A-Za-z0-9.&'’-]*\s+in\s+$/;
/** "the " right before a word. */
const THE_BEFORE = /(?:^|[^A-Za-z])[Tt]he $/;
/** A word for a piece of ground or a route right after a name: "the Puyallup viaduct", "the Adre crossing". */
const GROUND_AFTER = /^ (?:crossing|corridor|viaduct|extension|bridge|tunnel|riverfront|waterfront|neighbou?rhood|basin|valley|delta|coastline|peninsula|highlands|lowlands|border)\b/;
/** A capitalised name, then "out of", right before a name ("a developer, Granite Peak Partners out of Columbus"). */
const AFTER_NAME_OUT_OF = /(?:^|[^A-Za-z])[A-Z][A-Za-z0-9.&'’-]*\s+out\s+of\s+$/;

const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff1f]/u;
/** A Latin word written beside Chinese text is a name, whatever English punctuation precedes it. */
function besideHan(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start).trim();
  const after = text.slice(end, end + 2).trim();
  return HAN.test(before.slice(-1)) || HAN.test(after.slice(0, 1));
}

const SPACED_DASH = /[\p{L}\p{N}.)][ \t]+(?:-|--|–|—)[ \t]+$/u;

/** A timestamp opening a line, right before a word ("22:15 ", "[01:02:03] ", "(4:05) – "). */
const LINE_STAMP_BEFORE = /(?:^|\n)[ \t]*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+(?:[-–—|][ \t]+)?$/;

export function isSentenceInitial(text: string, at: number): boolean {
  // A line of its own starts afresh ("…BBC World Service\nBroadcast: 14 November 2026"), as a sentence does.
  if (/\n[ \t]*$/.test(text.slice(Math.max(0, at - 8), at))) return true;
  // "01:12 Who is Lena Ostrowski?", "22:15 Ad break": a chapter list's or a caption's timestamp opening the line.
  if (LINE_STAMP_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return true;
  const before = text.slice(Math.max(0, at - 4), at).replace(/\s+$/, '');
  // "Priya Kothari - Jefferies": a dash spaced between two words joins them; only a dash opening the line ends one.
  if (SPACED_DASH.test(text.slice(Math.max(0, at - 6), at))) return false;
  return before === '' || SENTENCE_END.test(before);
}

/** compromise's tags for everyday words: such a word before the last one is no first name ("Theoretical", "Earnings"). */
// Adjectives are left out: Rich, Frank, Long and Young are first names too (Rich Sutton, Frank Hutter).
const EVERYDAY_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Infinitive', 'Verb', 'PastTense', 'Gerund', 'Actor', 'Ordinal', 'Duration', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun']);

/**
 * What a capitalised word is when it is not a known name: 'name' (compromise lists it as a first or last name),
 * 'everyday-lower' (tagged as an everyday word by compromise and written in lower case in this document),
 * 'everyday' (one of the two, or unlisted and shaped like an adjective: "Theoretical"), else 'other' (Oren, Saadé, Rich).
 * Before the last word an everyday word is no first name; as the last word only an 'everyday-lower' one is no
 * surname, since surnames are often words too (Stone, Park, Grave).
 */
function wordKind(word: string, commonWords: Set<string>): 'name' | 'everyday-lower' | 'everyday' | 'other' {
  const lower = word.toLowerCase();
  const tags = tagsOf(lower);
  if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'LastName' || t === 'Person')) return 'name';
  const tagged = tags.some((t) => EVERYDAY_TAGS.has(t));
  const written = commonWords.has(lower);
  if (tagged && written) return 'everyday-lower';
  // The adjective shape counts only for words compromise does not list ("Theoretical"; "Christian" is listed).
  return tagged || written || (tags.length === 0 && lower.length >= 6 && ADJECTIVE_SUFFIX.test(lower)) ? 'everyday' : 'other';
}

export const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
const NOT_A_NAME_TAGS = new Set(['Demonym', 'Unit', 'Adjective', 'Adverb', 'Verb', 'Pronoun', 'Infinitive', 'PastTense', 'Gerund', 'Comparative', 'Superlative', 'Preposition', 'Conjunction', 'Determiner']);
/** Suffixes of English adjectives and demonyms, for single words compromise does not list ("Practical", "Californian"). */
const ADJECTIVE_SUFFIX = /(?:ical|ive|ous|ful|less|able|ible|ary|ern|ese|ish|ian|ean)$/;

/** A type from compromise's word lists: person (known first name, or last name in a longer name), place, organization; 'drop' for adjectives. */
function compromiseType(surface: string): EntityType | 'drop' | null {
  const { two } = compromiseModel();
  const words = surface.toLowerCase().split(/\s+/);
  // Several tags ("ohio": Region, ProperNoun) are read as the one that matters here: a name or place tag first.
  const tagOf = (w: string): string | undefined => {
    const tags = tagsOf(w);
    return tags.find((t) => PERSON_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'LastName' || t === 'Organization') ?? tags[0];
  };
  const first = tagOf(words[0]);
  const last = words[words.length - 1];
  if (words.length === 1) {
    if (first && NOT_A_NAME_TAGS.has(first)) return 'drop';
    if (!first && words[0].length >= 6 && ADJECTIVE_SUFFIX.test(words[0])) return 'drop';
  }
  if (first && PERSON_TAGS.has(first)) return 'person';
  if (words.length >= 2 && tagOf(last) === 'LastName') return 'person';
  if (words.length === 1 && first === 'LastName') return 'person';
  if (words.some((w) => { const t = tagOf(w); return t !== undefined && PLACE_TAGS.has(t); }) && words.length <= 2) return 'place';
  if (first === 'Organization' || tagOf(last) === 'Organization' || (words.length >= 2 && two.orgWords?.[last])) return 'organization';
  if (words.length >= 2 && two.placeWords?.[last]) return 'place';
  return null;
}
