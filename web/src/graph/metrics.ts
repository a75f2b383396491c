// Node sizes (degree or PageRank) and Louvain community colours, computed on a simple weighted copy
// of the multigraph (both algorithms want one edge per pair). Seeded, so colours are stable.
import Graph, { DirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ViewerGraph } from '../../../src/server/payload.ts';
import type { SizeMode } from '../state/filters.ts';
import { mulberry32 } from '../../../src/graph/random.ts';

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;

export const COMMUNITY_COLORS = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948',
  '#b07aa1', '#ff9da7', '#9c755f', '#86bcb6', '#d37295', '#a0cbe8',
];

/** Display size per node for a size mode; 'file' keeps the sizes stored in the graph file. */
export function computeSizes(graph: ViewerGraph, mode: SizeMode): Map<string, number> {
  const sizes = new Map<string, number>();
  if (mode === 'file') {
    graph.forEachNode((key, node) => sizes.set(key, node.size || MIN_NODE_SIZE));
    return sizes;
  }
  const raw = new Map<string, number>();
  if (mode === 'degree') graph.forEachNode((key) => raw.set(key, graph.degree(key)));
  else {
    const simple = new DirectedGraph();
    graph.forEachNode((key) => simple.addNode(key));
    graph.forEachEdge((_, edge, source, target) => {
      if (source === target) return;
      const w = edge.weight || 1;
      simple.updateEdge(source, target, (attrs) => ({ weight: (attrs.weight ?? 0) + w }));
    });
    const ranks = pagerank(simple, { getEdgeWeight: 'weight' });
    for (const [key, rank] of Object.entries(ranks)) raw.set(key, rank);
  }
  const values = [...raw.values()].map(Math.sqrt);
  // Loops, not Math.max(...values): a spread of many thousands of arguments overflows the call stack.
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  const min = values.reduce((a, b) => Math.min(a, b), max);
  for (const [key, value] of raw) {
    const t = max > min ? (Math.sqrt(value) - min) / (max - min) : 0.5;
    sizes.set(key, MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE));
  }
  return sizes;
}

/** Louvain community per node (seeded) and a colour per community. */
export function computeCommunities(graph: ViewerGraph): { community: Map<string, number>; color: Map<string, string> } {
  const simple = new Graph({ type: 'undirected' });
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_, edge, source, target) => {
    if (source === target) return;
    simple.updateEdge(source, target, (attrs) => ({ weight: (attrs.weight ?? 0) + (edge.weight || 1) }));
  });
  const mapping = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : {};
  const community = new Map<string, number>();
  const color = new Map<string, string>();
  graph.forEachNode((key) => {
    const c = mapping[key] ?? 0;
    community.set(key, c);
    color.set(key, COMMUNITY_COLORS[c % COMMUNITY_COLORS.length]);
  });
  return { community, color };
}

/** mulberry32: a small deterministic PRNG (shared with the build's layout). */
export const seededRandom = mulberry32;
