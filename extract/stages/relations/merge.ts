// Merging relations found several times: one relation per (source, type, target), its evidence and
// rule ids concatenated without repeats, in a stable order.
import type { Relation } from '../../types.ts';

export function mergeRelations(relations: Relation[], turnOrder: Map<string, number>): Relation[] {
  const merged = new Map<string, Relation>();
  const seen = new Map<string, Set<string>>(); // per relation, its evidence spans (a set: thousands on a long file)
  const spanKey = (e: Relation['evidence'][number]) => `${e.turn}\u0000${e.start}\u0000${e.end}`;
  for (const r of relations) {
    const key = JSON.stringify([r.source, r.type, r.target]);
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, { ...r, evidence: [...r.evidence], rules: [...r.rules] });
      seen.set(key, new Set(r.evidence.map(spanKey)));
      continue;
    }
    const spans = seen.get(key)!;
    for (const span of r.evidence) {
      if (!spans.has(spanKey(span))) (spans.add(spanKey(span)), existing.evidence.push(span));
    }
    for (const rule of r.rules) if (!existing.rules.includes(rule)) existing.rules.push(rule);
  }
  const position = (r: Relation) => [turnOrder.get(r.evidence[0].turn) ?? 0, r.evidence[0].start, r.evidence[0].end];
  for (const r of merged.values()) r.evidence.sort((a, b) => (turnOrder.get(a.turn) ?? 0) - (turnOrder.get(b.turn) ?? 0) || a.start - b.start || a.end - b.end);
  return [...merged.values()].sort((a, b) => {
    const [ta, sa, ea] = position(a);
    const [tb, sb, eb] = position(b);
    return ta - tb || sa - sb || ea - eb || cmp(a.type, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target);
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
