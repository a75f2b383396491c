// Chinese product names with a model number right after a company and 的 (地平线的征程6, 英伟达的雷神2): a product,
// found after the document's companies are known; and a known Han product with a letter-led model code (问界M9).
// One anchored look at the text after each organisation or product mention. A capitalised Latin word the lexicon
// has as a concept, written before 的 and a product (Cognition的Devin), is the company that makes it.
import { settleOverlaps, type Candidate } from './candidate.ts';
import { VERSIONED } from './lexmatch.ts';

/** 的, then two or three Han characters and a model number, not a quantity (营收3亿, 股价20%, 员工300人, 产品2.0). */
const MODEL_NUMBERED = /^的\s*(\p{Script=Han}{2,3}\d{1,4}[A-Za-z]{0,2})(?![\d.%％万亿千百元年月日号个位倍块人次天])/u;

/** A model code of capitals and digits written right after a Han product name: 问界M9, 问界M5 (not 问界MAX, no digit). */
const LETTER_CODE = /^[A-Z]{1,2}\d{1,3}[A-Za-z]?(?![A-Za-z\d.])/;
const HAN_END = /\p{Script=Han}$/u;

/** 问界M9: a lexicon product ending in Han with a letter-led model code after it is that version of it ("AITO M9"). */
function withLetterCode(text: string, c: Candidate): Candidate | null {
  if ((c.type !== 'product' && c.type !== 'model') || c.source !== 'lexicon' || !c.canonical || !c.reason.startsWith('lexicon ')) return null;
  if (!HAN_END.test(text.slice(c.start, c.end))) return null;
  const code = LETTER_CODE.exec(text.slice(c.end, c.end + 8))?.[0];
  if (!code) return null;
  return { ...c, end: c.end + code.length, canonical: `${c.canonical} ${code}`, reason: `${VERSIONED}${c.reason.slice('lexicon'.length)}` };
}

/**
 * 星枢H2: a company the document discovered (no lexicon name: 阿里P7, 腾讯T3 are job levels), written in Han right
 * before a letter-led model code and no other name, is the product of that name and code.
 */
function productOfCompany(text: string, c: Candidate, starts: Set<number>): Candidate {
  if (c.type !== 'organization' || c.source !== 'discovery' || starts.has(c.end) || !HAN_END.test(text.slice(c.start, c.end))) return c;
  const code = LETTER_CODE.exec(text.slice(c.end, c.end + 8))?.[0];
  if (!code || /^\s*级/.test(text.slice(c.end + code.length, c.end + code.length + 2))) return c;
  const surface = text.slice(c.start, c.end + code.length);
  const reason = `a company's name with a letter-led model code right after it is its product (${surface}, 问界M9)`;
  return { start: c.start, end: c.end + code.length, type: 'product', canonical: null, source: 'discovery', reason, priority: 1 };
}

/** A model code a maker's name runs into: 乐道L60, 蔚来ES8, 华为P70 (not a job level 阿里P7: one letter, one digit, unless already a product). */
const MAKER_CODE = /^[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3}$/;

/**
 * 乐道L60, 蔚来ES8: a model code written right after a Han company the lexicon knows is that company's product, labelled
 * with the company's name (Onvo L60), not a bare code two makers could share, nor an acronym read as an organization.
 */
function makerCoded(text: string, maker: Candidate, c: Candidate): Candidate | null {
  if (maker.type !== 'organization' || maker.source !== 'lexicon' || !maker.canonical || c.start !== maker.end || c.canonical !== null) return null;
  if (!HAN_END.test(text.slice(maker.start, maker.end))) return null;
  const code = text.slice(c.start, c.end);
  if (!MAKER_CODE.test(code) || /^\s*级/.test(text.slice(c.end, c.end + 2))) return null;
  const acronym = c.type === 'organization' && c.source === 'discovery' && /^[A-Z]{2,3}\d/.test(code);
  if (c.type !== 'product' && c.type !== 'model' && !acronym) return null;
  const reason = `a model code written right after a company's name is that company's product (${text.slice(maker.start, c.end)}, 乐道L60)`;
  return { ...c, type: c.type === 'model' ? 'model' : 'product', canonical: `${maker.canonical} ${code}`, reason };
}

/**
 * Adds, to each turn's candidates, the Han model-numbered products named right after an organisation and 的, and
 * extends a Han product name by the letter-led model code after it.
 */
export function withHanModelNumbers<T extends { turn: { text: string }; candidates: Candidate[] }>(perTurn: T[]): T[] {
  return perTurn.map((p) => {
    const text = p.turn.text;
    const found: Candidate[] = [];
    const starts = new Set(p.candidates.map((c) => c.start));
    const candidates = p.candidates.map((c, i) => (i > 0 ? makerCoded(text, p.candidates[i - 1], c) : null) ?? withLetterCode(text, c) ?? productOfCompany(text, c, starts));
    for (const c of candidates) {
      if (c.type !== 'organization') continue;
      const m = MODEL_NUMBERED.exec(text.slice(c.end, c.end + 12));
      if (!m) continue;
      const start = c.end + m[0].length - m[1].length;
      const reason = `a Han name with a model number right after an organisation and 的 is its product (地平线的征程6)`;
      found.push({ start, end: start + m[1].length, type: 'product', canonical: null, source: 'discovery', reason, priority: 1 });
    }
    if (found.length === 0 && candidates.every((c, i) => c === p.candidates[i])) return p;
    return { ...p, candidates: settleOverlaps([...candidates, ...found]) };
  });
}

/** Only 的 between two mentions: "Cognition的Devin". */
const DE_BETWEEN = /^\s*的\s*$/;
/** A capitalised Latin word (Cognition), not a lower-case or all-capital one (cognition, AGI). */
const CAPITALISED = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

/**
 * "Cognition的Devin": a capitalised Latin word the lexicon knows as a concept, then 的 and a product or model the
 * lexicon knows, is a company by that name (as 的 + product makes 地平线 a company), not the concept; so is every other
 * place the document writes that word capitalised (Cognition去年融了很多钱). Lower case (cognition) stays the concept.
 */
export function withProductMakers<T extends { turn: { text: string }; candidates: Candidate[] }>(perTurn: T[]): T[] {
  const makers = new Map<string, string>();
  const isConceptWord = (text: string, c: Candidate) => c.type === 'concept' && c.source === 'lexicon' && CAPITALISED.test(text.slice(c.start, c.end));
  for (const { turn, candidates } of perTurn) {
    const text = turn.text;
    candidates.forEach((c, i) => {
      const next = candidates[i + 1];
      if (!isConceptWord(text, c) || !next || (next.type !== 'product' && next.type !== 'model') || next.source !== 'lexicon') return;
      if (DE_BETWEEN.test(text.slice(c.end, next.start))) makers.set(text.slice(c.start, c.end), text.slice(next.start, next.end));
    });
  }
  if (makers.size === 0) return perTurn;
  return perTurn.map((p) => {
    const text = p.turn.text;
    if (!p.candidates.some((c) => isConceptWord(text, c) && makers.has(text.slice(c.start, c.end)))) return p;
    const candidates = p.candidates.map((c) => {
      const surface = text.slice(c.start, c.end);
      const product = isConceptWord(text, c) ? makers.get(surface) : undefined;
      if (product === undefined) return c;
      const reason = `a capitalised name the document writes before 的 and a known product (${surface}的${product}) is the company that makes it, not the concept`;
      return { ...c, type: 'organization' as const, canonical: surface, reason };
    });
    return { ...p, candidates };
  });
}
