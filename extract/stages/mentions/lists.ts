// Enumerations: names listed beside a known name take its type (台积电和博世、英飞凌、恩智浦 → four organizations).
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';

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
    for (const item of items) {
      if (item.known) continue;
      out.push({ start: item.start, end: item.end, type: anchor.type, canonical: null, source: 'discovery', reason: `listed beside a known ${anchor.type}`, priority: 0 });
    }
  }
  return out;
}
