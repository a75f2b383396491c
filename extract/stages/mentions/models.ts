// Model-name patterns: the o-series (o1, o3-mini), GPT versions (GPT-4, GPT4o), and any model family from
// cues.json followed by a version and qualifiers (Gemini 2.0 Flash, Gen-3 Alpha, Llama 3.1 70B); chip codes (MI308).
import { escapeRegex as escape, allMatches } from '../../regex.ts';
import type { Cues } from './cues.ts';
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import { insideVersionedName } from './lexmatch.ts';

const ACRONYM_VERSION = /(?<![A-Za-z0-9-])[A-Z]{2,8}-\d+(?:\.\d+)?(?![A-Za-z0-9-])/g;

/**
 * Words of drug development near an acronym with a number: "our lead program, FT-101, is an antibody against IL-23".
 * There the code names a drug candidate (a product) or, after "against/targeting", the molecule it acts on (a concept),
 * not a model. Only a short window on each side is read, so the check is constant per match.
 */
const DRUG_WORDS =
  /\b(?:antibod(?:y|ies)|drugs?|compounds?|molecules?|inhibitors?|agonists?|antagonists?|therap(?:y|ies|eutics?)|vaccines?|(?:drug|lead|clinical)\s+(?:programs?|programmes?|candidates?|assets?)|clinical|trials?|phase\s+(?:[123]|I{1,3})[ab]?|dos(?:e|es|ing)|patients|receptors?|cytokines?|proteins?|genes?|IND|FDA|EMA)\b/i;
const TARGET_BEFORE = /\b(?:against|targeting|targets|blocks?|blocking|inhibits?|inhibiting|binds?(?:\s+to)?|anti)[\s-]+$/i;
const DRUG_WINDOW = 60;

function drugCodeType(text: string, start: number, end: number): 'product' | 'concept' | null {
  const before = text.slice(Math.max(0, start - DRUG_WINDOW), start);
  if (!DRUG_WORDS.test(before) && !DRUG_WORDS.test(text.slice(end, end + DRUG_WINDOW))) return null;
  return TARGET_BEFORE.test(before) ? 'concept' : 'product';
}


const compiled = new WeakMap<Cues, RegExp[]>();

function patterns(cues: Cues): RegExp[] {
  let list = compiled.get(cues);
  if (list) return list;
  const families = [...cues.modelFamilies.words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const qualifiers = [...cues.modelQualifiers.words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const tail = `(?:[- ](?:${qualifiers}|\\d+(?:\\.\\d+)?[BbMmKk]|\\d+x\\d+[Bb])(?![A-Za-z0-9]))*`;
  list = [
    // OpenAI skipped o2 (the O2 brand): "The O2" is the arena, "O2" the mobile network, never a model.
    new RegExp(`(?<![A-Za-z0-9])[oO][13-9](?:-(?:mini|pro|preview)|[ ](?:mini|pro)(?![A-Za-z0-9]))?(?![A-Za-z0-9])`, 'g'),
    // "Claude Sonnet 4.5", "Gemini Pro 1.5": a qualifier may come before the version too; "DeepSeek-V3.1": a V before it.
    new RegExp(`(?<![A-Za-z0-9])(?:${families})(?: (?:${qualifiers}))?[- ]?[vV]?\\d+(?:\\.\\d+)?(?:o|[a-z](?![a-z]))?${tail}(?![A-Za-z0-9])`, 'g'),
  ];
  // An acronym with a version (GAIA-2, LINGO-2): a model name; lexicon names of other types win on priority.
  list.push(ACRONYM_VERSION);
  compiled.set(cues, list);
  return list;
}

/** Canonical form of a model name no lexicon entry has: lower-case o-series, "GPT-4o", single spaces. */
export function canonicalModelName(surface: string): string {
  const s = surface.replace(/\s+/g, ' ').trim();
  if (/^[oO]\d/.test(s)) return s.toLowerCase().replace(' ', '-');
  const gpt = /^gpt[- ]?(\d.*)$/i.exec(s);
  if (gpt) return `GPT-${gpt[1].replace(/^(\d(?:\.\d)?)\s*-?\s*/, '$1')}`;
  return s;
}

/**
 * A hardware model code: one to three capitals and three or four digits, maybe a capital after (MI308, H800, B200,
 * RTX4090, A380): a product, not the organization an unknown acronym would be. A year (CES2024) is no model number.
 */
const PRODUCT_CODE = /(?<![A-Za-z0-9-])[A-Z]{1,3}(?!(?:19|20)\d\d(?![0-9]))\d{3,4}[A-Z]{0,2}(?![A-Za-z0-9-])/g;

function findProductCodes(text: string, lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(PRODUCT_CODE, text)) {
    const known = lexicon.matcher.lookup(m[0])[0]?.value;
    if (known) continue; // the lexicon match gives it its own label and type
    const reason = 'a hardware model code (capitals and three or four digits: MI308, H800) is a product';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'product', canonical: null, source: 'discovery', reason, priority: 2 });
  }
  return out;
}

export function findModelNames(text: string, lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = findProductCodes(text, lexicon);
  for (const re of patterns(lexicon.cues)) {
    for (const m of allMatches(re, text)) {
      const surface = m[0];
      if (insideVersionedName(text, m.index)) continue; // "Snapdragon 8 Gen 3" is the chip's name, not Gen-3
      const known = lexicon.matcher.lookup(surface).find((v) => v.value.type === 'model');
      const drug = re === ACRONYM_VERSION && !known ? drugCodeType(text, m.index, m.index + surface.length) : null;
      if (drug) {
        const reason = drug === 'concept' ? 'a code after "against/targeting" near drug words (an antibody against IL-23) is the molecule a drug acts on' : 'a code near drug words (our lead program, FT-101, is an antibody) is a drug candidate';
        out.push({ start: m.index, end: m.index + surface.length, type: drug, canonical: null, source: 'discovery', reason, priority: 2 });
        continue;
      }
      out.push({
        start: m.index,
        end: m.index + surface.length,
        type: 'model',
        canonical: known ? known.value.label : canonicalModelName(surface),
        source: known ? 'lexicon' : 'discovery',
        reason: known ? `model pattern + lexicon ${known.value.label}` : 'model-name pattern (family + version)',
        priority: 2,
      });
    }
  }
  return out;
}
