// Institution chains: an organization directly followed by one of its units (微软亚洲研究院, 阿里巴巴达摩院, 清华大学自动化系,
// 中科院计算所, 腾讯AI Lab) is one organization, not the parent plus a stray remainder (亚洲研究院) or a topic (自动化).
import type { Cues } from './cues.ts';
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';
import { firstIndex } from '../../arrays.ts';

/** Tags a unit's words may carry (亚洲/ns 研究院/n, 智能/n 产业/n, 附属/b, 自动化系/l, AI/eng Lab/eng). */
const UNIT_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'j', 'x', 'eng', 'vn', 'l', 'b', 'an', 'ng']);
const UNIT_WORD = /^[\p{Script=Han}A-Za-z0-9]+$/u;
const MAX_UNIT_TOKENS = 6;

/**
 * Each settled organization followed, with no gap, by up to six name-like tokens whose last ends in a unit word
 * (cues zhSubunits) becomes one organization over the whole; mentions inside the unit go. The last token must be two
 * characters or more, so a lone 所 or 院 (谷歌所说) never makes a unit, and not a common word ending in one (关系: cues
 * zhSubunitLookalikes).
 */
export function joinSubunits(text: string, tokens: Token[], settled: Candidate[], cues: Cues): Candidate[] {
  const units = [...cues.zhSubunits.words].sort((a, b) => b.length - a.length);
  const lookalikes = new Set(cues.zhSubunitLookalikes.words);
  const joined: Candidate[] = [];
  // 智谱/x 是从/v 清华大学/nt 知识/v 工程/n 实验室: another organisation's name ends the walk, a unit holds none; unless
  // that name is itself the unit (中国水产科学研究院 黄海水产研究所: an institute after its academy).
  const otherOrgs = new Set(
    settled.filter((o) => o.type === 'organization' && !units.some((u) => text.slice(o.start, o.end).endsWith(u))).map((o) => o.start),
  );
  for (const c of settled) {
    if (c.type !== 'organization') continue;
    // The first token ending after the name, by bisection (a long turn is not scanned per mention).
    let k = firstIndex(tokens.length, (i) => tokens[i].end > c.end);
    if (k === tokens.length || tokens[k].start > c.end) continue;
    let end = -1;
    for (let n = 0; k < tokens.length && n < MAX_UNIT_TOKENS; k++) {
      const t = tokens[k];
      if (t.word === ' ' && tokens[k + 1]?.tag === 'eng' && tokens[k - 1]?.tag === 'eng') continue;
      // 浙江大学控制学院: a two-character verb (控制/v) may stand inside a unit's name, never end it.
      const inner = t.tag === 'v' && t.word.length === 2 && k + 1 < tokens.length && tokens[k + 1].start === t.end;
      if ((!UNIT_TAGS.has(t.tag) && !inner) || !UNIT_WORD.test(t.word) || (t.start > c.start && otherOrgs.has(t.start))) break;
      // "Stability AI invested in Lumen Labs": an English word in lower case is a clause going on, not a unit's name.
      if (t.tag === 'eng' && /^[a-z]/.test(t.word)) break;
      n++;
      const tail = text.slice(Math.max(c.end, t.start), t.end);
      if (tail.length >= 2 && !inner && units.some((u) => t.word.endsWith(u)) && !lookalikes.has(t.word)) end = t.end;
    }
    if (end > c.end) joined.push({ start: c.start, end, type: 'organization', canonical: null, source: 'discovery', reason: cues.zhSubunits.reason, priority: 1 });
  }
  if (joined.length === 0) return settled;
  const inside = (c: Candidate) => joined.some((j) => c.start < j.end && c.end > j.start);
  return [...settled.filter((c) => !inside(c)), ...joined].sort((a, b) => a.start - b.start || a.end - b.end);
}
