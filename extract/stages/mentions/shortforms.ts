// Short forms of the document's companies, found in the tagger's tokens: once 百川智能 or 澜舟科技 is named, a bare 百川
// or 澜舟 that the tagger reads as a name (做百川, 百川的模型) is that company (the rule itself is companyshort.ts).
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';
import { companyShortFormsIn, shortFormMention, type ShortForm } from './companyshort.ts';

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
  const companies = names.map((n) => ({ ...n, whole: n.canonical === n.surface && HAN_ONLY.test(n.surface) && n.surface.length <= 8 }));
  return companyShortFormsIn(companies, { isNameShaped: (short) => HAN_ONLY.test(short), isCommonWord: () => false, personNames: new Set() }, lexicon);
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
      out.push(shortFormMention(tokens[k].start, token.end, word, form));
      break;
    }
  }
  return out;
}
