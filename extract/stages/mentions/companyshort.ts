// One rule for a company's short form, in any script: once a document names Veridian Systems or 百川智能, a bare
// Veridian or 百川 is that company. Which part of the name may stand alone, what it must not be, the mention it makes.
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import { caseCompatible } from './trie.ts';

/** Company suffixes (cues companySuffixes), longest first: "科技有限公司" is tried before "公司". */
const sortedSuffixes = new WeakMap<readonly string[], string[]>();
function longestFirst(suffixes: readonly string[]): string[] {
  let sorted = sortedSuffixes.get(suffixes);
  if (!sorted) sortedSuffixes.set(suffixes, (sorted = [...suffixes].sort((a, b) => b.length - a.length)));
  return sorted;
}

/** The shorter names a company name leaves when its generic suffixes go: 百川智能科技有限公司 → 百川智能, 百川. */
export function companyShortForms(name: string, suffixes: readonly string[]): string[] {
  const out: string[] = [];
  let rest = name.trim();
  for (let cut = true; cut; ) {
    cut = false;
    for (const suffix of longestFirst(suffixes)) {
      if (!rest.endsWith(suffix)) continue;
      const latin = /^[A-Za-z]/.test(suffix);
      let stem = rest.slice(0, -suffix.length);
      if (latin && !/[\s,\p{Script=Han}]$/u.test(stem)) continue; // "OpenAI" is no "Open" + "AI"; 听澜AI is 听澜 + AI
      stem = stem.replace(/[\s,]+$/, '');
      if (stem.length < 2 || (latin && !/[A-Za-z0-9]{2}|\p{Script=Han}{2}/u.test(stem))) continue;
      out.push((rest = stem));
      cut = true;
      break;
    }
  }
  return out;
}

/** A university's institution (四川大学华西医院, 复旦大学附属中山医院): the university, then the institution's own name. */
const UNIVERSITY_INSTITUTION = /^\p{Script=Han}{2,}?(?:大学|学院)(?:附属|的)?(\p{Script=Han}{2,}?(?:医院|研究院|研究所|实验室|医学院|学院|研究中心))$/u;

/** The name a university's institution goes by alone: 四川大学华西医院 → 华西医院, 复旦大学附属中山医院 → 中山医院. */
export function institutionShortForms(name: string): string[] {
  const m = UNIVERSITY_INSTITUTION.exec(name);
  return m && m[1].length < name.length ? [m[1]] : [];
}

/** A company the document names: the name as written (百川智能) and as a mention names it (Baichuan). */
export interface NamedCompany {
  surface: string;
  canonical: string;
  /** The whole name stands alone as well (a company found once by a cue is a name wherever the text repeats it). */
  whole?: boolean;
}

export interface ShortForm {
  /** The company's name as a mention names it: its lexicon label or the full surface (澜舟科技). */
  canonical: string;
  full: string;
  /** Company suffixes that may follow the short form in one mention (元禾控股 for 苏州元禾): Han short forms only. */
  suffixes?: ReadonlySet<string>;
}

/** What a script adds to the rule; the rest (suffixes, exclusions, the mention) is the same for every script. */
export interface ShortFormScript {
  /** The short form is shaped like a name in this script: Han characters; capitalised words. */
  isNameShaped(short: string): boolean;
  /** The document uses it as a common word (written in lower case, a stopword); the Han tagger says so at the surface. */
  isCommonWord(short: string): boolean;
  /** Names the document's people go by (Morgan, Hale for Morgan Hale): a short form is never one. */
  personNames: ReadonlySet<string>;
}

/**
 * The short forms of the named companies that may stand alone, each with its company. A name loses its generic
 * suffixes (cues companySuffixes, zhCompanyWords, orgHeads: 百川智能科技有限公司 → 百川智能, 百川; Acme AI Labs → Acme AI,
 * Acme); a part is dropped when it is no name in the script, a common word, a person's name or a surname (cues
 * zhSurnames: 诸葛 for 诸葛智能), a name the lexicon knows, or the short form of two companies. A name that is itself a
 * short form of a longer name (Veridian Systems beside Veridian Systems Inc) is that company.
 */
export function companyShortFormsIn(companies: NamedCompany[], script: ShortFormScript, lexicon: Lexicon): Map<string, ShortForm> {
  const out = new Map<string, ShortForm>();
  const shared = new Set<string>();
  const { suffixes, surnames } = ruleData(lexicon);
  const standsAlone = (short: string) =>
    script.isNameShaped(short) &&
    !script.isCommonWord(short) &&
    !script.personNames.has(short) &&
    !surnames.has(short) &&
    !lexicon.matcher.lookup(short).some((v) => caseCompatible(v.alias, short));
  const unique = new Map<string, NamedCompany>(); // a long transcript names its few companies thousands of times
  for (const c of companies) {
    const key = `${c.surface}\u0000${c.canonical}`;
    if (!unique.get(key)?.whole) unique.set(key, c);
  }
  for (const { surface, canonical: own, whole } of [...unique.values()].sort((a, b) => b.surface.length - a.surface.length)) {
    const canonical = (!shared.has(surface) && out.get(surface)?.canonical) || own;
    for (const short of [...(whole ? [surface] : []), ...companyShortForms(surface, suffixes)]) {
      if (!standsAlone(short)) continue;
      const known = out.get(short);
      if (known && known.canonical !== canonical) shared.add(short);
      else if (!known) out.set(short, { canonical, full: surface });
    }
  }
  for (const short of shared) out.delete(short);
  return out;
}

/** The organization mention a short form makes where a script finds it standing alone. */
export function shortFormMention(start: number, end: number, short: string, form: ShortForm): Candidate {
  const reason =
    short === form.full
      ? `${form.full}, which the document names as an organization elsewhere`
      : `short form of ${form.full}, which the document names (cues companySuffixes, zhCompanyWords, orgHeads)`;
  return { start, end, type: 'organization', canonical: form.canonical, source: 'discovery', reason, priority: 1 };
}

const ruleCache = new WeakMap<Lexicon, { suffixes: string[]; surnames: Set<string> }>();
function ruleData(lexicon: Lexicon): { suffixes: string[]; surnames: Set<string> } {
  let data = ruleCache.get(lexicon);
  if (!data) {
    const { companySuffixes, zhCompanyWords, orgHeads, zhSurnames } = lexicon.cues;
    data = { suffixes: [...new Set([...companySuffixes.words, ...zhCompanyWords.words, ...orgHeads.words])], surnames: new Set(zhSurnames.words) };
    ruleCache.set(lexicon, data);
  }
  return data;
}
