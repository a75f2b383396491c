// Chinese product names with a model number right after a company and 的 (地平线的征程6, 英伟达的雷神2): a product,
// found after the document's companies are known. One anchored look at the text after each organisation mention.
import { settleOverlaps, type Candidate } from './candidate.ts';

/** 的, then two or three Han characters and a model number, not a quantity (营收3亿, 股价20%, 员工300人, 产品2.0). */
const MODEL_NUMBERED = /^的\s*(\p{Script=Han}{2,3}\d{1,4}[A-Za-z]{0,2})(?![\d.%％万亿千百元年月日号个位倍块人次天])/u;

/** Adds, to each turn's candidates, the Han model-numbered products named right after an organisation and 的. */
export function withHanModelNumbers<T extends { turn: { text: string }; candidates: Candidate[] }>(perTurn: T[]): T[] {
  return perTurn.map((p) => {
    const text = p.turn.text;
    const found: Candidate[] = [];
    for (const c of p.candidates) {
      if (c.type !== 'organization') continue;
      const m = MODEL_NUMBERED.exec(text.slice(c.end, c.end + 12));
      if (!m) continue;
      const start = c.end + m[0].length - m[1].length;
      const reason = `a Han name with a model number right after an organisation and 的 is its product (地平线的征程6)`;
      found.push({ start, end: start + m[1].length, type: 'product', canonical: null, source: 'discovery', reason, priority: 1 });
    }
    return found.length === 0 ? p : { ...p, candidates: settleOverlaps([...p.candidates, ...found]) };
  });
}
