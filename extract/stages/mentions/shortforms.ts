// Short forms of the document's companies: once 百川智能 or 澜舟科技 is named, a bare 百川 or 澜舟 that the tagger reads
// as a name (做百川, 百川的模型) is the same company, though no cue stands beside it.
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';
import { companyShortForms } from '../resolve.ts';

const HAN_ONLY = /^\p{Script=Han}{2,}$/u;
/** Tags of a name: 百川/ns, 澜舟/x. A common word (大众/n for 大众汽车, 现代/t, 通用/v, 理想/n) is never taken. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'j', 'x']);
/** Tags the pieces of a short form the tagger cut (沐/nz 曦/nr) may carry, one of them a name tag. */
const PIECE_TAGS = new Set([...NAME_TAGS, 'n', 'ng', 'zg']);

export interface ShortForm {
  /** The company's name as a mention names it: its lexicon label or the full surface (澜舟科技). */
  canonical: string;
  full: string;
}

/**
 * Han short forms of the organisations named in a document (百川 → Baichuan, from 百川智能), by the suffixes of cues
 * companySuffixes. A short form two companies share, or that is itself a lexicon name, is dropped.
 */
export function shortFormsOf(names: Array<{ surface: string; canonical: string }>, lexicon: Lexicon): Map<string, ShortForm> {
  const out = new Map<string, ShortForm>();
  const shared = new Set<string>();
  for (const { surface, canonical } of names) {
    // A name found once by a cue (容联云CTO赵晨光) is the organization wherever else the document writes it (容联云今年…).
    const own = canonical === surface && HAN_ONLY.test(surface) && surface.length <= 8 ? [surface] : [];
    for (const short of [...own, ...companyShortForms(surface, suffixesOf(lexicon))]) {
      if (!HAN_ONLY.test(short) || lexicon.matcher.lookup(short).length > 0) continue;
      const known = out.get(short);
      if (known && known.canonical !== canonical) shared.add(short);
      else out.set(short, { canonical, full: surface });
    }
  }
  for (const short of shared) out.delete(short);
  return out;
}

const suffixLists = new WeakMap<Lexicon, string[]>();
/** Generic suffixes (cues companySuffixes) and Chinese trade words (zhCompanyWords: 沐曦集成电路 → 沐曦). */
function suffixesOf(lexicon: Lexicon): string[] {
  let list = suffixLists.get(lexicon);
  if (!list) suffixLists.set(lexicon, (list = [...new Set([...lexicon.cues.companySuffixes.words, ...lexicon.cues.zhCompanyWords.words])]));
  return list;
}

/**
 * Each run of tokens that is exactly a short form: one token tagged as a name (百川/ns), or pieces the tagger cut it
 * into (沐/nz 曦/nr), one of them tagged as a name; a common word alone (大众/n) is never one.
 */
export function findShortForms(tokens: Token[], forms: Map<string, ShortForm>): Candidate[] {
  const out: Candidate[] = [];
  const longest = Math.max(...[...forms.keys()].map((k) => k.length));
  for (let k = 0; k < tokens.length; k++) {
    let word = '';
    let named = false;
    for (let j = k; j < tokens.length && word.length < longest; j++) {
      const token = tokens[j];
      if (j > k && (token.start !== tokens[j - 1].end || !PIECE_TAGS.has(token.tag) || !PIECE_TAGS.has(tokens[k].tag))) break;
      word += token.word;
      named ||= NAME_TAGS.has(token.tag);
      const form = forms.get(word);
      if (!form || !named) continue;
      const reason = word === form.full ? `${form.full}, which the document names as an organization elsewhere` : `short form of ${form.full}, which the document names (cues companySuffixes, zhCompanyWords)`;
      out.push({ start: tokens[k].start, end: token.end, type: 'organization', canonical: form.canonical, source: 'discovery', reason, priority: 1 });
      break;
    }
  }
  return out;
}
