// Tests for extract/stages/pairs.ts through the merged graph: every CO_OCCURS edge must be what a reader would
// count from the graph's own mentions (turns shared, the first quotes in conversation order, each the shortest
// stretch holding both names), however the summaries were made (stored, recomputed, another quote limit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import { mergeContributions } from '../../extract/stages/assemble.ts';
import { contribute } from '../../extract/stages/contribution.ts';
import { closestStretch, summarisePairs } from '../../extract/stages/pairs.ts';
import { toGraphJSON } from '../../src/graph/io.ts';
import type { KnowledgeGraph, Span, Turn } from '../../src/model.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'transcripts');
const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const extractions = ['chips-policy.zh.md', 'mixed-opensource.mixed.md', 'panel-autonomy.en.md', 'podcast-robotics.en.md'].map((name) =>
  extractDocument({ id: name.replace(/\.md$/, ''), path: name, text: readFileSync(join(FIXTURES, name), 'utf8') }, context),
);

/** CO_OCCURS edges recounted from node mentions alone, brute force: key → weight and quotes. */
function recount(graph: KnowledgeGraph, keep: number): Map<string, { weight: number; evidence: Span[] }> {
  const turns = graph.getAttribute('turns') as Turn[];
  const byTurn = new Map<string, Map<string, Span[]>>();
  graph.forEachNode((key, attributes) => {
    for (const span of attributes.mentions) {
      let present = byTurn.get(span.turn);
      if (!present) byTurn.set(span.turn, (present = new Map()));
      present.set(key, [...(present.get(key) ?? []), span]);
    }
  });
  const edges = new Map<string, { weight: number; evidence: Span[] }>();
  for (const turn of turns) {
    const present = [...(byTurn.get(turn.id) ?? new Map<string, Span[]>())].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        let best: Span | null = null;
        for (const a of present[i][1]) {
          for (const b of present[j][1]) {
            const span = { turn: turn.id, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
            const shorter = best && span.end - span.start - (best.end - best.start);
            if (!best || shorter! < 0 || (shorter === 0 && span.start < best.start)) best = span;
          }
        }
        const key = `${present[i][0]}|CO_OCCURS|${present[j][0]}`;
        const edge = edges.get(key) ?? { weight: 0, evidence: [] };
        edge.weight++;
        if (edge.evidence.length < keep) edge.evidence.push(best!);
        edges.set(key, edge);
      }
    }
  }
  return edges;
}

function coOccurs(graph: KnowledgeGraph): Map<string, { weight: number; evidence: Span[] }> {
  const edges = new Map<string, { weight: number; evidence: Span[] }>();
  graph.forEachEdge((key, attributes) => {
    if (attributes.type === 'CO_OCCURS') edges.set(key, { weight: attributes.weight, evidence: attributes.evidence });
  });
  return edges;
}

describe('co-occurring pairs', () => {
  it('count every turn two entities share and quote the first ones, shortest stretch holding both', () => {
    const graph = mergeContributions(extractions.map((extraction) => contribute(extraction)));
    const edges = coOccurs(graph);
    expect(edges.size).toBeGreaterThan(100);
    expect([...edges.values()].some((edge) => edge.weight > 5)).toBe(true); // the quote limit is exercised
    expect(edges).toEqual(recount(graph, 5));
  });

  it('honour another quote limit, recomputing summaries made for fewer quotes or missing (older caches)', () => {
    const made = extractions.map((extraction) => contribute(extraction, 2));
    for (const keep of [1, 8]) {
      const graph = mergeContributions(made, { cooccurrenceEvidence: keep });
      expect(coOccurs(graph)).toEqual(recount(graph, keep));
    }
    const withSummaries = toGraphJSON(mergeContributions(extractions.map((extraction) => contribute(extraction))));
    const without = extractions.map((extraction) => ({ ...contribute(extraction), pairs: undefined }));
    expect(toGraphJSON(mergeContributions(without))).toBe(withSummaries);
  });

  it('never pair an entity with itself, and count a turn once when one key has two entities', () => {
    const entity = (key: string, spans: number[]) => ({ key, label: key, type: 'concept' as const, weight: 1, aliases: [], mentions: spans, speaker: false });
    const { rows } = summarisePairs([entity('b', [0, 0, 5, 0, 10, 15, 2, 1, 2]), entity('a', [0, 20, 25, 2, 8, 9]), entity('b', [0, 30, 31])], 5);
    // One pair (a, b): a is entity 1 (smaller key), b is entity 0 (the first "b"); turns 0 and 2, each once.
    expect(rows).toEqual([1, 0, 2, 2, 0, 2]);
  });

  it('quote the shortest stretch holding both names', () => {
    // turn 4: a at 0-3 and 40-43, b at 10-12 and 45-50 → 40-50 (10 long) beats 0-12 (12 long)
    expect(closestStretch([1, 0, 1, 4, 0, 3, 4, 40, 43], [4, 10, 12, 4, 45, 50, 6, 0, 2], 4)).toEqual([40, 50]);
  });
});
