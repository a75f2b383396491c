// Tests for src/graph/layout.ts: deterministic positions, connected entities drawn near each other, and the memo
// (keyed by what ForceAtlas2 reads, with weights by power-of-two bucket) reused exactly when that input is unchanged.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { assignLayout, weightBucket, type LayoutMemo } from '../../src/graph/layout.ts';
import type { KnowledgeGraph, NodeAttrs } from '../../src/model.ts';

/** Two cliques of 8 joined by one edge. */
function twoClusters(weight = 3): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  const node = (key: string): NodeAttrs => ({ label: key, type: 'concept', aliases: [], mentions: [], documents: [], speaker: false, x: 0, y: 0, size: 1, color: '' });
  for (const side of ['a', 'b']) {
    for (let i = 0; i < 8; i++) graph.addNode(`${side}${i}`, node(`${side}${i}`));
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) graph.addDirectedEdgeWithKey(`${side}${i}|CO_OCCURS|${side}${j}`, `${side}${i}`, `${side}${j}`, { type: 'CO_OCCURS', evidence: [], weight, rules: [] });
  }
  graph.addDirectedEdgeWithKey('a0|CO_OCCURS|b0', 'a0', 'b0', { type: 'CO_OCCURS', evidence: [], weight: 1, rules: [] });
  return graph;
}

function recordingMemo() {
  const store = new Map<string, number[]>();
  const calls = { get: 0, hit: 0, set: 0 };
  const memo: LayoutMemo = {
    get: (key) => {
      calls.get++;
      const found = store.get(key) ?? null;
      if (found) calls.hit++;
      return found;
    },
    set: (key, positions) => {
      calls.set++;
      store.set(key, positions);
    },
  };
  return { memo, calls, store };
}

const positions = (graph: KnowledgeGraph) => graph.mapNodes((_key, attrs) => [attrs.x, attrs.y]);
const distance = (graph: KnowledgeGraph, a: string, b: string) =>
  Math.hypot(graph.getNodeAttribute(a, 'x') - graph.getNodeAttribute(b, 'x'), graph.getNodeAttribute(a, 'y') - graph.getNodeAttribute(b, 'y'));

describe('assignLayout', () => {
  it('gives the same positions every time, and draws each cluster together', () => {
    const one = twoClusters();
    const two = twoClusters();
    assignLayout(one);
    assignLayout(two);
    expect(positions(one)).toEqual(positions(two));
    const inside = distance(one, 'a1', 'a2') + distance(one, 'b1', 'b2');
    const across = distance(one, 'a1', 'b2') + distance(one, 'b1', 'a2');
    expect(across).toBeGreaterThan(inside * 1.5);
  });

  it('stores positions in the memo and reuses them for the same input, with identical results', () => {
    const { memo, calls } = recordingMemo();
    const fresh = twoClusters();
    assignLayout(fresh);
    const first = twoClusters();
    assignLayout(first, { memo });
    expect(calls).toEqual({ get: 1, hit: 0, set: 1 });
    const second = twoClusters();
    assignLayout(second, { memo });
    expect(calls).toEqual({ get: 2, hit: 1, set: 1 });
    expect(positions(second)).toEqual(positions(fresh));
  });

  it('reuses the memo when an edit keeps every weight in its bucket, and computes again when it does not', () => {
    const { memo, calls } = recordingMemo();
    assignLayout(twoClusters(4), { memo });
    assignLayout(twoClusters(5), { memo }); // 4 and 5 share the bucket 4
    expect(calls.hit).toBe(1);
    const moved = twoClusters(8);
    assignLayout(moved, { memo });
    expect(calls.hit).toBe(1);
    const fresh = twoClusters(8);
    assignLayout(fresh);
    expect(positions(moved)).toEqual(positions(fresh));
  });

  it('ignores a memo entry of the wrong length', () => {
    const { memo, store } = recordingMemo();
    const graph = twoClusters();
    assignLayout(graph, { memo });
    for (const key of store.keys()) store.set(key, [1, 2, 3]);
    const again = twoClusters();
    assignLayout(again, { memo });
    expect(positions(again)).toEqual(positions(graph));
  });
});

describe('weightBucket', () => {
  it('maps weights to the largest power of two not above them', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 234].map(weightBucket)).toEqual([1, 1, 2, 2, 4, 4, 8, 128]);
  });
});
