// Discovered names read against the names the lexicon knows and the places around them, once the whole text's candidates
// are in: "Boston Dynamics Spot" is a product, "Charlotte, North Carolina" a place, "CrowdStrike Falcon" a brand and its product.
import { knownFirstName, tagsOf } from '../../compromise.ts';
import type { EntityType } from '../../../src/model.ts';
import type { Candidate } from './candidate.ts';
import { isSentenceInitial, PERSON_TAGS } from './latin.ts';
import { isCamelCase, namesEndingInPlaces, outsideStageDirections, PLACE_TAGS } from './latinshapes.ts';

const KNOWN_OWNER_TYPES = new Set<EntityType>(['organization', 'product', 'model', 'government']);

/**
 * Bare discovered names read against the known name just before or inside them (a look-up by end, no scan):
 * "Visit Tokyo, and bring your engineers": a word opening the sentence, no name compromise knows, before a known
 * name that ends the group is a verb or the like, not part of the name; the discovered group yields to the known one.
 * "英伟达的Orin": a bare name right after a known company and 的 is that company's product.
 */
function besideKnownNames(text: string, candidates: Candidate[]): Candidate[] {
  const knownByEnd = new Map<number, Candidate>();
  // A name, not a concept: "Xcel Energy objected" is a company, though "Energy" is a concept of the lexicon.
  for (const c of candidates) if (c.source === 'lexicon' && c.type !== 'concept') knownByEnd.set(c.end, c);
  if (knownByEnd.size === 0) return candidates;
  return candidates.flatMap((c) => {
    if (c.source !== 'discovery' || c.priority !== 0) return [c];
    // "英伟达的Orin": a bare name a known company's 的 owns is that company's product.
    const at = text[c.start - 1] === ' ' ? c.start - 1 : c.start;
    const owner = text[at - 1] === '的' ? (knownByEnd.get(at - 1) ?? knownByEnd.get(at - 2)) : undefined;
    if (c.type === 'organization' && owner?.type === 'organization' && (owner.end === at - 1 || text[at - 2] === ' ')) {
      return [{ ...c, type: 'product' as EntityType, priority: 1, minCount: undefined, reason: "a bare name right after a known company and 的 (英伟达的Orin) is that company's product" }];
    }
    return keepGroup(c) ? [c] : [];
  });
  function keepGroup(c: Candidate): boolean {
    const known = knownByEnd.get(c.end);
    if (!known || known.start <= c.start) return true;
    const opening = text.slice(c.start, known.start);
    if (!/^[A-Z][a-z]+ $/.test(opening) || !isSentenceInitial(text, c.start)) return true;
    const tags = tagsOf(opening.trim().toLowerCase());
    return tags.some((t) => PERSON_TAGS.has(t) || t === 'LastName' || PLACE_TAGS.has(t) || t === 'Organization');
  }
}

/** ", Nevada;" / ", North Carolina, and" / ", Hungary.": a known place closing a clause right after a comma. */
const COMMA_BEFORE = /^,[ \t]*$/;
const CLAUSE_AFTER = /^(?:[,.;:!?)]|\s+(?:and|or)\b|\s*$)/;

/**
 * "Charlotte, North Carolina", "Debrecen, Hungary": a bare discovered name (no cue typed it) right before a comma and
 * a known place that ends the clause is a city of that place, not a person or a company.
 */
function placesBeforePlaces(text: string, candidates: Candidate[]): Candidate[] {
  const placeAt = new Map<number, Candidate>();
  for (const c of candidates) if (c.source === 'lexicon' && c.type === 'place') placeAt.set(c.start, c);
  if (placeAt.size === 0) return candidates;
  return candidates.map((c) => {
    if (c.source !== 'discovery' || c.priority !== 0 || (c.type !== 'organization' && c.type !== 'person')) return c;
    const gap = /^,[ \t]*/.exec(text.slice(c.end, c.end + 4));
    const place = gap && COMMA_BEFORE.test(gap[0]) ? placeAt.get(c.end + gap[0].length) : undefined;
    if (place && CLAUSE_AFTER.test(text.slice(place.end, place.end + 6))) {
      return { ...c, type: 'place', priority: 1, minCount: undefined, reason: 'a name right before a comma and a known place (Charlotte, North Carolina) is a place in it' };
    }
    // "launched Spectrum from Andøya in Norway": a name reached from, in or near, then " in " a known place, is in it.
    const inPlace = / in $/.test(text.slice(c.end, c.end + 4)) ? placeAt.get(c.end + 4) : undefined;
    if (!inPlace || !FROM_IN_NEAR_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) return c;
    return { ...c, type: 'place', priority: 1, minCount: undefined, reason: 'a name after from/in/near and before "in" and a known place (from Andøya in Norway) is a place in it' };
  });
}
const FROM_IN_NEAR_BEFORE = /(?:^|[^A-Za-z])(?:from|in|near|outside)\s+$/;

/**
 * "Web Summit Lisbon, November 2026.": a discovered name that starts inside a known name (the sentence's first word
 * "Web" is a stop word, so discovery began at "Summit") and runs past it is only what follows the known name ("Lisbon").
 * Each position inside a known name is marked once: linear in the text and the known names' lengths.
 */
function afterKnownNames(text: string, candidates: Candidate[]): Candidate[] {
  let knownEnd: Int32Array | null = null;
  for (const c of candidates) {
    if (c.source !== 'lexicon' || c.end - c.start < 2) continue;
    knownEnd ??= new Int32Array(text.length + 1);
    for (let i = c.start + 1; i < c.end; i++) if (knownEnd[i] < c.end) knownEnd[i] = c.end;
  }
  if (!knownEnd) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const end = c.source === 'discovery' ? knownEnd[c.start] : 0;
    if (end === 0 || end >= c.end) {
      out.push(c);
      continue;
    }
    const rest = /^[ \t]+(?=[A-ZÀ-Þ])/.exec(text.slice(end, c.end));
    if (rest) out.push({ ...c, start: end + rest[0].length, reason: `${c.reason}; the known name it began inside is cut off` });
  }
  return out;
}

/** " and ", " and in ", ", in " between two items of a list; ", and " alone may join two clauses ("… in Singapore, and A*STAR"). */
const LIST_AND_AFTER = /^(?:\s+(?:and|or)\s+(?:in\s+)?|,\s+(?:(?:and|or)\s+)?in\s+)/;
const LIST_AND_BEFORE = /(?:\s+(?:and|or)\s+(?:in\s+)?|,\s+(?:(?:and|or)\s+)?in\s+)$/;
const IN_BEFORE = /(?:^|[^A-Za-z])in\s+$/;

/**
 * "for example in Bologna and in Barcelona", "in Tromsø and Bergen": a lone word that only looked like a name (no cue
 * typed it) listed after "in" with a place is a place too. Candidates are looked up by start and end: linear.
 */
function placesInPlaceLists(text: string, candidates: Candidate[]): Candidate[] {
  const placeStarts = new Set<number>();
  const placeByEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.type !== 'place') continue;
    placeStarts.add(c.start);
    placeByEnd.set(c.end, c);
  }
  if (placeStarts.size === 0) return candidates;
  const inAt = (at: number) => IN_BEFORE.test(text.slice(Math.max(0, at - 4), at));
  return candidates.map((c) => {
    if (c.source !== 'discovery' || c.priority !== 0 || c.type !== 'organization' || !/^[A-ZÀ-Þ][a-zà-ÿ]+$/.test(text.slice(c.start, c.end))) return c;
    const after = LIST_AND_AFTER.exec(text.slice(c.end, c.end + 12));
    let listed = after !== null && placeStarts.has(c.end + after[0].length) && inAt(c.start);
    if (!listed) {
      const before = LIST_AND_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
      const partner = before ? placeByEnd.get(c.start - before[0].length) : undefined;
      listed = partner !== undefined && inAt(partner.start);
    }
    return listed ? { ...c, type: 'place', priority: 1, minCount: undefined, reason: 'listed after "in" with a place (in Bologna and in Barcelona) is a place too' } : c;
  });
}

const USE_BEFORE = /\b(?:use|uses|used|using|run|runs|license|licensed|licence|adopted|switched\s+to|moved\s+to)\s+(?:the\s+)?$/i;
const FROM_AFTER = /^\s+from\s+(?:the\s+)?/;

/**
 * "We also use Houdini from SideFX": a name no cue typed, used and then said to come from an organization, is that
 * organization's product (not a company of its own). Organizations are looked up by start: linear.
 */
function productsFromMakers(text: string, candidates: Candidate[]): Candidate[] {
  const orgStarts = new Set<number>();
  for (const c of candidates) if (c.type === 'organization') orgStarts.add(c.start);
  return candidates.map((c) => {
    if (c.source !== 'discovery' || c.priority !== 0 || c.type !== 'organization') return c;
    const from = FROM_AFTER.exec(text.slice(c.end, c.end + 12));
    if (!from || !orgStarts.has(c.end + from[0].length) || !USE_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) return c;
    return { ...c, type: 'product', priority: 1, minCount: undefined, reason: 'a name used and said to come from an organization (we use Houdini from SideFX) is its product' };
  });
}

/** Words for a company's division after its name (Samsung Foundry, Siemens Energy, LG Electronics): no product. */
const UNIT_WORD = /^(?:Foundry|Foundries|Energy|Electronics|Financial|Securities|Insurance|Pharma|Mobility|Academy|Division)$/;
const UNIT_REASON = 'a known company and a word for one of its divisions (Samsung Foundry, Siemens Energy) name that division, an organization';
/** The product's word after a brand: title case, three letters or more, no plural ("Falcon", "Defender", "Singularity"). */
const PRODUCT_WORD = /^[A-Z][a-z]{2,}$/;
const NOT_A_PRODUCT_TAGS = new Set(['Adjective', 'Demonym', 'Plural', 'Value', 'Cardinal', ...PLACE_TAGS]);

/**
 * "CrowdStrike Falcon", "SentinelOne Singularity", "Microsoft Defender for Endpoint": a brand (a company the lexicon
 * knows, or one CamelCase word) and one more title-case word, the pair typed by no cue, name the brand's product, not
 * a second company that holds the brand's name: the brand keeps its own mention and the word is a product. Two
 * ordinary words stay one name ("Vantor Launch", whose short form "Vantor" may follow); an adjective, a place or a
 * plural after the brand is no product ("DataCorp Europe"). Known companies are looked up by start: linear.
 */
function brandProducts(text: string, candidates: Candidate[]): Candidate[] {
  const knownOrgEnd = new Map<number, number>();
  for (const c of candidates) if (c.source === 'lexicon' && c.type === 'organization') knownOrgEnd.set(c.start, Math.max(c.end, knownOrgEnd.get(c.start) ?? 0));
  return candidates.flatMap((c) => {
    if (c.source !== 'discovery' || c.priority !== 0 || c.type !== 'organization') return [c];
    const surface = text.slice(c.start, c.end);
    const space = surface.lastIndexOf(' ');
    if (space < 0) return [c];
    const brand = surface.slice(0, space);
    const word = surface.slice(space + 1);
    const known = knownOrgEnd.get(c.start) === c.start + space;
    if (!PRODUCT_WORD.test(word) || !(known || (!brand.includes(' ') && isCamelCase(brand)))) return [c];
    if (tagsOf(word.toLowerCase()).some((t) => NOT_A_PRODUCT_TAGS.has(t))) return [c];
    // "Samsung Foundry", "Samsung Electronics": a word for a division after a known company keeps one organization.
    if (known && UNIT_WORD.test(word)) return [{ ...c, priority: 1, reason: UNIT_REASON }];
    const product: Candidate = { ...c, start: c.start + space + 1, type: 'product', priority: 1, minCount: undefined, reason: "a brand and one more title-case word (CrowdStrike Falcon, Microsoft Defender) name the brand's product" };
    return known ? [product] : [{ ...c, end: c.start + space, reason: 'a CamelCase name is an organization or product name' }, product];
  });
}

/**
 * A discovered "person" that starts with a known company's name is that company and its product: "Boston Dynamics Spot"
 * (a three-word group outgrew the lexicon's "Boston Dynamics"). People named after one (Jasper Johns) keep their name:
 * their first word is a first name compromise knows. A bare discovered organisation does the same when a known product
 * follows the company ("Nvidia Jetson Thor").
 */
export function yieldToKnownNames(text: string, candidates: Candidate[]): Candidate[] {
  candidates = brandProducts(text, besideKnownNames(text, productsFromMakers(text, placesInPlaceLists(text, placesBeforePlaces(text, namesEndingInPlaces(text, outsideStageDirections(text, afterKnownNames(text, candidates))))))));
  // Known names by where they start: a look-up per candidate, not a scan (a long text holds thousands of each).
  const knownAt = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (c.source !== 'lexicon' || !KNOWN_OWNER_TYPES.has(c.type)) continue;
    const list = knownAt.get(c.start);
    if (list) list.push(c);
    else knownAt.set(c.start, [c]);
  }
  if (knownAt.size === 0) return candidates;
  const startingAt = (start: number, test: (k: Candidate) => boolean) => knownAt.get(start)?.find(test);
  const out: Candidate[] = [];
  for (const c of candidates) {
    // "Jetson Orin": a discovered person that starts with a known product is a version of that product.
    const line = c.source === 'discovery' && c.priority === 0 && c.type === 'person' ? startingAt(c.start, (k) => k.end < c.end && (k.type === 'product' || k.type === 'model')) : undefined;
    if (line && !knownFirstName(text.slice(c.start, c.end).split(' ')[0])) {
      out.push({ ...c, type: line.type, priority: 1, reason: `a known ${line.type}'s name and more (Jetson Orin) name a version of it` });
      continue;
    }
    const owner = c.source === 'discovery' && c.priority === 0 ? startingAt(c.start, (k) => k.end < c.end && k.type === 'organization') : undefined;
    // A bare "organization" yields only when a known product follows the company: "Nvidia Jetson Thor" (not "Microsoft Research Asia").
    const product = owner && startingAt(owner.end + 1, (k) => k.type === 'product' || k.type === 'model');
    const first = text.slice(c.start, c.end).split(' ')[0].toLowerCase();
    if (!owner || (c.type === 'person' ? knownFirstName(first) : !product)) {
      out.push(c);
      continue;
    }
    const rest = text.slice(owner.end, c.end);
    // "Bloomberg Green": a known company and one adjective name a title or unit of it, no product called Green.
    if (!product && /^ [A-Z][a-z]+$/.test(rest) && tagsOf(rest.trim().toLowerCase()).includes('Adjective')) {
      out.push({ ...c, type: 'organization', reason: "a known company's name and an adjective (Bloomberg Green) name a title or unit of the company" });
      continue;
    }
    if (/^ [A-ZÀ-Þ]\S*(?: [A-ZÀ-Þ]\S*)*$/.test(rest)) {
      out.push({ start: owner.end + 1, end: c.end, type: product ? product.type : 'product', canonical: null, source: 'discovery', priority: 1, reason: "a capitalised name right after a known company's name is its product (Boston Dynamics Spot, Tesla Optimus, Nvidia Jetson Thor)" });
    }
  }
  return out;
}
