// Short forms of the document's companies: once 百川智能 or 澜舟科技 is named, a bare 百川 or 澜舟 that the tagger reads
// as a name (做百川, 百川的模型) is the same company, though no cue stands beside it.
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';
import { companyShortForms } from '../resolve.ts';

const HAN_ONLY = /^\p{Script=Han}{2,}$/u;
/** Tags of a name: 百川/ns, 澜舟/x. A common word (大众/n for 大众汽车, 现代/t, 通用/v, 理想/n) is never taken. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'j', 'x']);

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
    for (const short of companyShortForms(surface, lexicon.cues.companySuffixes.words)) {
      if (!HAN_ONLY.test(short) || lexicon.matcher.lookup(short).length > 0) continue;
      const known = out.get(short);
      if (known && known.canonical !== canonical) shared.add(short);
      else out.set(short, { canonical, full: surface });
    }
  }
  for (const short of shared) out.delete(short);
  return out;
}

/** Each token that is exactly a short form and tagged as a name. */
export function findShortForms(tokens: Token[], forms: Map<string, ShortForm>): Candidate[] {
  const out: Candidate[] = [];
  for (const token of tokens) {
    const form = forms.get(token.word);
    if (!form || !NAME_TAGS.has(token.tag)) continue;
    const reason = `short form of ${form.full}, which the document names (cues companySuffixes)`;
    out.push({ start: token.start, end: token.end, type: 'organization', canonical: form.canonical, source: 'discovery', reason, priority: 1 });
  }
  return out;
}
