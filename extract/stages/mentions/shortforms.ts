// Short forms of the document's companies, found in the tagger's tokens: once 百川智能 or 澜舟科技 is named, a bare 百川
// or 澜舟 that the tagger reads as a name (做百川, 百川的模型) is that company (the rule itself is companyshort.ts).
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';
import { companyShortForms, companyShortFormsIn, shortFormMention, type ShortForm } from './companyshort.ts';

export type { ShortForm } from './companyshort.ts';

const HAN_ONLY = /^\p{Script=Han}{2,}$/u;
/** Tags of a name: 百川/ns, 澜舟/x. A common word (大众/n for 大众汽车, 现代/t, 通用/v, 理想/n) is never taken. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'j', 'x']);
/** Tags the pieces of a short form the tagger cut (沐/nz 曦/nr) may carry, one of them a name tag. */
const PIECE_TAGS = new Set([...NAME_TAGS, 'n', 'ng', 'zg']);

/**
 * Han short forms of the organisations named in a document (百川 → Baichuan, from 百川智能). A company no lexicon
 * knows that a cue found once (容联云CTO赵晨光) stands alone whole as well (容联云今年…). Whether a short form is a common
 * word the tagger tells where it stands (findShortForms).
 */
export function shortFormsOf(names: Array<{ surface: string; canonical: string }>, lexicon: Lexicon): Map<string, ShortForm> {
  // 苏州元禾 → 元禾: a company named with its city first goes by the rest as well, and a company the document found
  // as that rest with a suffix (元禾控股, 云栖资本) is the same one.
  const cores = new Map<string, string>();
  for (const n of names) {
    const core = withoutPlace(n.surface, lexicon);
    if (core && !cores.has(core)) cores.set(core, n.canonical);
  }
  const suffixes = hanSuffixes(lexicon);
  const owners = new Map<string, string | undefined>(); // a long transcript names its few companies thousands of times
  const sameAsCore = (surface: string): string | undefined => {
    if (cores.size === 0) return undefined;
    if (!owners.has(surface)) owners.set(surface, companyShortForms(surface, suffixes.list).map((short) => cores.get(short)).find((c) => c !== undefined));
    return owners.get(surface);
  };
  const companies = names.map((n) => {
    const canonical = n.canonical === n.surface ? (sameAsCore(n.surface) ?? n.canonical) : n.canonical;
    return { ...n, canonical, whole: n.canonical === n.surface && HAN_ONLY.test(n.surface) && n.surface.length <= 8 };
  });
  for (const [core, canonical] of cores) companies.push({ surface: core, canonical, whole: true });
  const forms = companyShortFormsIn(companies, { isNameShaped: (short) => HAN_ONLY.test(short), isCommonWord: () => false, personNames: new Set() }, lexicon);
  for (const [short, form] of forms) if (HAN_ONLY.test(short)) forms.set(short, { ...form, suffixes: suffixes.set });
  return forms;
}

/** A Han company name less a leading place the lexicon knows (苏州元禾 → 元禾), when two or more characters remain. */
function withoutPlace(name: string, lexicon: Lexicon): string | null {
  if (!HAN_ONLY.test(name) || name.length < 4) return null;
  for (const cut of [2, 3]) {
    const core = name.slice(cut);
    if (core.length < 2) continue;
    if (lexicon.matcher.lookup(name.slice(0, cut)).some((v) => v.alias === name.slice(0, cut) && v.value.type === 'place')) return core;
  }
  return null;
}

const suffixSets = new WeakMap<Lexicon, { list: string[]; set: ReadonlySet<string> }>();
/** The Han company suffixes and trade words (控股, 资本, 科技…: cues companySuffixes, zhCompanyWords), built once. */
function hanSuffixes(lexicon: Lexicon): { list: string[]; set: ReadonlySet<string> } {
  let suffixes = suffixSets.get(lexicon);
  if (!suffixes) {
    const { companySuffixes, zhCompanyWords } = lexicon.cues;
    const list = [...new Set([...companySuffixes.words, ...zhCompanyWords.words].filter((w) => HAN_ONLY.test(w)))];
    suffixSets.set(lexicon, (suffixes = { list, set: new Set(list) }));
  }
  return suffixes;
}

/**
 * What follows a company: its team, staff or products after 的 (青松的团队), or what a company does (面壁参与, 面壁做得).
 * A name after 的 is no sign: the tagger reads 叶子 as one (青松的叶子).
 */
const COMPANY_AFTER = /^(?:的(?:[A-Za-z]|[^，,。；;！？]{0,4}?(?:团队|产品|模型|芯片|方案|平台|创始人|联合创始人|CEO|CTO|负责人|工程师|研究员|员工|股东|投资人))|(?:也|还|都|一直|已经)?(?:做得|参与|发布|推出|投资|投了|领投|跟投|联合|合作|融资|成立|开源))/;
/** Partnering with it: 和青松联合发布, 跟面壁一起做. */
const PARTNER_BEFORE = /(?:和|跟|与|同)$/;
const PARTNER_AFTER = /^(?:联合|合作|一起)/;

/**
 * A discovered company's short form the tagger reads as a common word (面壁/n for 面壁智能, 青松/n for 青松智能) is the
 * company where the words around it say so: a person, product or team of it after 的, a company's act after it, or a
 * partner's 和…联合. Tokens tokens[k..j] are the short form; a look at the few tokens around it.
 */
function actsAsCompany(tokens: Token[], k: number, j: number): boolean {
  const after = tokens.slice(j + 1, j + 5).map((t) => t.word).join('');
  const before = tokens.slice(Math.max(0, k - 1), k).map((t) => t.word).join('');
  if (COMPANY_AFTER.test(after)) return true;
  return PARTNER_BEFORE.test(before) && PARTNER_AFTER.test(after);
}

/**
 * Each run of tokens that is exactly a short form: one token tagged as a name (百川/ns), or pieces the tagger cut it
 * into (沐/nz 曦/nr), one of them tagged as a name; a common word alone (大众/n) only where it acts as a company the
 * document discovered (actsAsCompany), never a lexicon company's (大众 for 大众汽车).
 */
export function findShortForms(tokens: Token[], forms: Map<string, ShortForm>): Candidate[] {
  const out: Candidate[] = [];
  const longest = Math.max(...[...forms.keys()].map((k) => k.length));
  for (let k = 0; k < tokens.length; k++) {
    let word = '';
    let named = false;
    for (let j = k; j < tokens.length && word.length < longest; j++) {
      const token = tokens[j];
      // 听/v 澜/ns for 听澜: a one-character first piece may be any word when a name piece ends the short form.
      const firstPiece = PIECE_TAGS.has(tokens[k].tag) || (tokens[k].word.length === 1 && NAME_TAGS.has(token.tag));
      if (j > k && (token.start !== tokens[j - 1].end || !PIECE_TAGS.has(token.tag) || !firstPiece)) break;
      word += token.word;
      named ||= NAME_TAGS.has(token.tag);
      const form = forms.get(word);
      if (!form || !(named || (form.canonical === form.full && actsAsCompany(tokens, k, j)))) continue;
      // 元禾控股, 云栖资本: the short form with a company suffix after it is the company too, the whole span one
      // mention (it outranks the same span discovered as a new company by its trade word).
      const suffix = tokens[j + 1];
      if (suffix && suffix.start === token.end && form.suffixes?.has(suffix.word)) {
        out.push({ ...shortFormMention(tokens[k].start, suffix.end, word, form), priority: 2 });
        break;
      }
      out.push(shortFormMention(tokens[k].start, token.end, word, form));
      break;
    }
  }
  return out;
}
