// Chinese companies whose short name is also a common word (地平线 horizon, 海光, 理想 ideal, 大众 the public): named
// only where the document uses the word as a company at least once, then wherever it writes it; an everyday word
// (通用 general) only where that occurrence is cued. Lookups, linear.
import type { Lexicon } from '../../lexicon.ts';
import { settleOverlaps, type Candidate } from './candidate.ts';

interface WordCompany {
  word: string;
  label: string;
  /** An everyday word (通用): each occurrence must be cued itself. */
  everyDay: boolean;
}

const indexes = new WeakMap<Lexicon, Map<string, WordCompany[]>>();

/**
 * cues zhCommonWordCompanies ("地平线=Horizon Robotics") and zhEveryDayWordCompanies ("通用=General Motors") by first
 * character; the label must be a lexicon organization.
 */
function index(lexicon: Lexicon): Map<string, WordCompany[]> {
  let ix = indexes.get(lexicon);
  if (!ix) {
    ix = new Map();
    const lists = [
      { words: lexicon.cues.zhCommonWordCompanies.words, everyDay: false },
      { words: lexicon.cues.zhEveryDayWordCompanies.words, everyDay: true },
    ];
    for (const { words, everyDay } of lists) {
      for (const line of words) {
        const [word, label] = line.split('=');
        if (!word || !label || !lexicon.byLabel.has(label.toLowerCase())) continue;
        ix.set(word[0], [...(ix.get(word[0]) ?? []), { word, label, everyDay }]);
      }
    }
    indexes.set(lexicon, ix);
  }
  return ix;
}

/**
 * The company's own products, parts or staff right after it: 地平线的征程6 (a product with a model number), 海光的DCU,
 * 地平线公司, 地平线创始人, 地平线的工程师, a model code (乐道L60, 理想L9), 乐道品牌, 乐道总裁; or a company's act (苹果发布了, 理想推出了).
 */
const COMPANY_AFTER = /^(?:(?:也|还|刚刚|已经|最近)?(?:发布|推出|收购|宣布|开源)|的\s*[A-Za-z]|的\s*\p{Script=Han}{1,3}\s*\d|[A-Z]{1,3}\d|公司|科技|集团|股份|芯片|品牌|(?:联合)?创始人|董事长|总裁|CEO|CTO|的(?:芯片|产品|方案|平台|股价|创始人|团队|工程师|架构师|设计师|科学家|研究员|员工|高管|负责人|CEO|CTO))/u;
/** An investment in it: 也投资了地平线, 领投了海光. */
const INVESTED_BEFORE = /(?:投资|领投|跟投|参投|投)了?\s*$/;
/** A rival or partner of the speaker's: 我们跟地平线也有竞争, 和海光有合作 (with 跟/和/与/同 before it). */
const PEER_BEFORE = /(?:跟|和|与|同)\s*$/;
const PEER_AFTER = /^\s*(?:也|还|都|一直)?\s*(?:有|存在)?\s*(?:竞争|合作|对标)/;
/** Between two names of a coordination: 英伟达和地平线, 海光、寒武纪. */
const AND = /^\s*[和与及、跟同]\s*$/;
/**
 * An everyday word is a company before a company word (通用的合资品牌, 通用旗下), as a partner (和通用有合作), or, beside a
 * known organisation or invested in, where its word ends (上汽和通用的合资品牌, 丰田、通用等; not 通用电气, 通用模型).
 */
const EVERYDAY_COMPANY_AFTER = /^的?\s*(?:合资|公司|集团|旗下|董事长|CEO|高管)/u;
const EVERYDAY_WORD_END = /^(?:$|[\s，,、。；;！？!?：:）)」”]|[和与及跟同也都等的还])/u;
/** A place word after it is the common word: 地平线上, 地平线以下. */
const LOCATIVE_AFTER = /^(?:上|下|之上|以上|以下|附近|尽头)/;

interface Occurrence {
  turn: number;
  start: number;
  end: number;
  company: WordCompany;
}

/**
 * Adds the common-word companies to each turn's candidates where the document uses such a word as a company once:
 * right before a product, company or staff word (地平线的征程6, 海光的DCU, 海光的架构师), coordinated with a known
 * organization (英伟达和地平线), as a rival or partner (我们跟地平线也有竞争), or invested in (也投资了地平线). Every occurrence of that word, except before a place word (地平线上), is then the company.
 */
export function withCommonWordCompanies<T extends { turn: { text: string }; candidates: Candidate[] }>(perTurn: T[], lexicon: Lexicon): T[] {
  const ix = index(lexicon);
  if (ix.size === 0) return perTurn;
  const found: Occurrence[] = [];
  const used = new Set<string>();
  perTurn.forEach(({ turn, candidates }, t) => {
    const text = turn.text;
    const orgEnds = new Set<number>();
    const orgStarts = new Set<number>();
    const productStarts = new Set<number>();
    const covered = new Uint8Array(text.length + 1);
    for (const c of candidates) {
      if (c.type === 'organization') (orgEnds.add(c.end), orgStarts.add(c.start));
      if (c.type === 'model' || c.type === 'product') productStarts.add(c.start);
      if (c.source === 'lexicon') covered.fill(1, c.start, c.end); // a discovered 长城 of the same span yields to the company
    }
    for (let i = 0; i < text.length; i++) {
      const list = ix.get(text[i]);
      if (!list || covered[i]) continue; // 理想 of 理想汽车 is that known name's
      for (const company of list) {
        if (!text.startsWith(company.word, i)) continue;
        const end = i + company.word.length;
        if (LOCATIVE_AFTER.test(text.slice(end, end + 2))) continue;
        const after = text.slice(end, end + 6);
        let coordinated = false;
        for (let gap = 1; gap <= 3 && !coordinated; gap++) {
          coordinated = (orgEnds.has(i - gap) && AND.test(text.slice(i - gap, i))) || (orgStarts.has(end + gap) && AND.test(text.slice(end, end + gap)));
        }
        const peer = PEER_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && PEER_AFTER.test(text.slice(end, end + 8));
        const invested = INVESTED_BEFORE.test(text.slice(Math.max(0, i - 3), i));
        if (company.everyDay) {
          if (EVERYDAY_COMPANY_AFTER.test(after) || peer || ((coordinated || invested) && EVERYDAY_WORD_END.test(after))) found.push({ turn: t, start: i, end, company });
          continue;
        }
        found.push({ turn: t, start: i, end, company });
        // 字节的豆包, 奔驰的EQS: a model or product the text names right after it (with 的 or without) is its own.
        const maker = productStarts.has(end) || (text[end] === '的' && productStarts.has(end + 1));
        if (COMPANY_AFTER.test(after) || coordinated || peer || invested || maker) used.add(company.word);
      }
    }
  });
  if (found.length === 0) return perTurn;
  const added = new Map<number, Candidate[]>();
  for (const o of found) {
    if (!o.company.everyDay && !used.has(o.company.word)) continue;
    const reason = o.company.everyDay
      ? `${o.company.word} is ${o.company.label} here: beside a company or a company word (cues zhEveryDayWordCompanies)`
      : `${o.company.word} is ${o.company.label} here: the document uses it as a company (cues zhCommonWordCompanies)`;
    const candidate: Candidate = { start: o.start, end: o.end, type: 'organization', canonical: o.company.label, source: 'lexicon', reason, priority: 3 };
    added.set(o.turn, [...(added.get(o.turn) ?? []), candidate]);
  }
  return perTurn.map((p, t) => {
    const more = added.get(t);
    if (!more) return p;
    // A longer name already found there (地平线机器人) keeps its span: the settling prefers the longer one.
    return { ...p, candidates: settleOverlaps([...p.candidates, ...more]) };
  });
}
