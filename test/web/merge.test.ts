// mergeNeighbourhood (web/src/graph/merge.ts): only what the drawn graph lacks is added, new nodes sit around the
// expanded node at distinct spots, a second merge of the same neighbourhood adds nothing.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../../src/model.ts';
import type { ViewerGraph } from '../../src/server/payload.ts';
import { viewerGraphOf } from './viewer-graph.ts';
import { mergeDocuments, mergeNeighbourhood, placeAround } from '../../web/src/graph/merge.ts';

const attrs = (label: string, x = 0, y = 0): NodeAttrs => ({ label, type: 'concept', aliases: [], mentions: [], documents: ['d'], speaker: false, x, y, size: 4, color: '#7f7f7f' });
const edge = (source: string, type: string, target: string) => ({ key: `${source}|${type}|${target}`, source, target, attributes: { type, weight: 1, rules: [], evidence: [{ turn: 'd#0', start: 0, end: 1 }] } as EdgeAttrs });

function drawn(): ViewerGraph {
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
  graph.replaceAttributes({ name: 'g', documents: [{ id: 'd', title: 'D', source: 'd.md', lang: 'en' }], turns: [] });
  graph.addNode('a', attrs('A', 0, 0));
  graph.addNode('b', attrs('B', 10, 0));
  graph.addNode('far', attrs('Far', -100, 0));
  graph.addDirectedEdgeWithKey('e0', 'a', 'b', edge('a', 'CITES', 'b').attributes);
  return viewerGraphOf(graph);
}

describe('mergeNeighbourhood', () => {
  const nodes = [{ key: 'a', attributes: attrs('A', 55, 55) }, { key: 'b', attributes: attrs('B') }, { key: 'c', attributes: attrs('C') }, { key: 'd', attributes: attrs('D') }];
  const edges = [edge('a', 'CITES', 'b'), edge('a', 'CO_OCCURS', 'b'), edge('a', 'CITES', 'c'), edge('c', 'CITES', 'd'), edge('a', 'CITES', 'ghost')];

  it('adds the missing nodes and edges only, keeps existing positions, skips edges to unknown nodes', () => {
    const graph = drawn();
    const result = mergeNeighbourhood(graph, 'a', nodes, edges);
    expect(result.nodes).toEqual(['c', 'd']);
    expect(result.edges.map((e) => e.incoming)).toEqual(['a|CO_OCCURS|b', 'a|CITES|c', 'c|CITES|d']);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 0, y: 0 });
  });

  it('places new nodes around the centre at distinct spots, closer than its current neighbours', () => {
    const graph = drawn();
    mergeNeighbourhood(graph, 'a', nodes, edges);
    const spots = ['c', 'd'].map((k) => graph.getNodeAttributes(k));
    for (const spot of spots) expect(Math.hypot(spot.x, spot.y)).toBeCloseTo(6, 5); // 0.6 × distance to B
    expect(spots[0].x !== spots[1].x || spots[0].y !== spots[1].y).toBe(true);
    // Away from the rest of the graph (its centre of mass is to the left of A): the first spot is on the right.
    expect(spots[0].x).toBeGreaterThan(0);
  });

  it('a second merge of the same neighbourhood adds nothing', () => {
    const graph = drawn();
    mergeNeighbourhood(graph, 'a', nodes, edges);
    const again = mergeNeighbourhood(graph, 'a', nodes, edges);
    expect(again).toEqual({ nodes: [], edges: [] });
  });

  it('starts an empty graph from the centre and suffixes an edge key already used by another edge', () => {
    const file = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
    file.replaceAttributes({ name: 'n', documents: [], turns: [] });
    file.addNode('x', attrs('X', 0, 0));
    file.addNode('y', attrs('Y', 1, 0));
    file.addDirectedEdgeWithKey('a|CITES|b', 'x', 'y', edge('x', 'CITES', 'y').attributes);
    const graph = viewerGraphOf(file);
    const result = mergeNeighbourhood(graph, 'a', nodes, edges);
    expect(result.nodes).toEqual(['a', 'b', 'c', 'd']);
    expect(result.edges.find((e) => e.incoming === 'a|CITES|b')?.key).toBe('a|CITES|b#2');
    expect(graph.source('a|CITES|b#2')).toBe('a');
  });

  it('rings hold 12, 24, … nodes, each ring farther out', () => {
    const file = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
    file.addNode('c', attrs('C'));
    const graph = viewerGraphOf(file);
    const distances = placeAround(graph, 'c', 40).map((p) => Math.round(Math.hypot(p.x, p.y) * 100) / 100);
    expect(distances.slice(0, 12).every((d) => d === 1)).toBe(true);
    expect(distances.slice(12, 36).every((d) => d === 1.6)).toBe(true);
    expect(distances.slice(36).every((d) => d === 2.2)).toBe(true);
  });

  it('mergeDocuments adds unknown documents once', () => {
    const graph = drawn();
    expect(mergeDocuments(graph, [{ id: 'd', title: 'D', source: '', lang: 'en' }, { id: 'e', title: 'E', source: '', lang: 'zh' }])).toBe(1);
    expect(mergeDocuments(graph, [{ id: 'e', title: 'E', source: '', lang: 'zh' }])).toBe(0);
    expect(graph.getAttribute('documents').map((d) => d.id)).toEqual(['d', 'e']);
  });
});
