// Precomputed, seeded layout and styling: positions by ForceAtlas2, size by connections, colour by type.
// Deterministic: the same graph (same insertion order) always gets the same coordinates. ForceAtlas2 reads edge
// weights by power-of-two bucket, so an edit that moves a weight within its bucket leaves the layout's input, and
// a memo keyed by it (the build's cache), unchanged.
import { createHash } from 'node:crypto';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { TYPE_COLORS, type KnowledgeGraph } from '../model.ts';
import { OptionsError } from '../../extract/errors.ts';
import { mulberry32 } from './random.ts';

export interface LayoutOptions {
  /** Seed of the initial random placement. */
  seed: number;
  /** ForceAtlas2 iterations; null picks a count by graph size. */
  iterations: number | null;
  minSize: number;
  maxSize: number;
  /** Positions computed before, by the hash of everything ForceAtlas2 reads (null: always compute). */
  memo: LayoutMemo | null;
}

/** Stores ForceAtlas2's output (x, y per node, in node order) by input hash; a miss returns null. */
export interface LayoutMemo {
  get(key: string): number[] | null;
  set(key: string, positions: number[]): void;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { seed: 42, iterations: null, minSize: 3, maxSize: 18, memo: null };

export function validateLayoutOptions(options: Partial<LayoutOptions>): LayoutOptions {
  const merged = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (!Number.isInteger(merged.seed)) throw new OptionsError('turngraph layout', 'seed must be an integer');
  if (merged.iterations !== null && !(Number.isInteger(merged.iterations) && merged.iterations >= 0)) {
    throw new OptionsError('turngraph layout', 'iterations must be a non-negative integer');
  }
  if (!(merged.minSize > 0 && merged.maxSize >= merged.minSize)) {
    throw new OptionsError('turngraph layout', 'sizes must satisfy 0 < minSize <= maxSize');
  }
  return merged;
}

/** Writes x, y, size and color on every node of the graph (mutating form, like graphology's `.assign`). */
export function assignLayout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): void {
  const settings = validateLayoutOptions(options);
  assignPositions(graph, settings);
  assignSizes(graph, settings);
}

/**
 * Writes x and y (unrounded until assignSizes) on every node: seeded random places, then ForceAtlas2 or its memo.
 * They depend only on the node keys in order and the edges with their weight buckets (see layoutInputHash).
 */
export function assignPositions(graph: KnowledgeGraph, settings: LayoutOptions): void {
  const random = mulberry32(settings.seed);
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: round(random() * 100), y: round(random() * 100) });
  });
  const order = graph.order;
  const iterations = settings.iterations ?? (order < 500 ? 300 : order < 5000 ? 100 : 30);
  if (order > 1 && iterations > 0) {
    const fa2 = { iterations, settings: { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 2000 } };
    const key = settings.memo ? layoutInputHash(graph, settings.seed, fa2) : '';
    const known = settings.memo?.get(key);
    if (known && known.length === order * 2) {
      let i = 0;
      graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: known[i++], y: known[i++] }));
    } else {
      forceAtlas2.assign(graph, { ...fa2, getEdgeWeight: (_edge, attrs) => weightBucket(attrs.weight) });
      if (settings.memo) {
        const positions: number[] = [];
        graph.forEachNode((_node, attrs) => positions.push(attrs.x, attrs.y));
        settings.memo.set(key, positions);
      }
    }
  }
}

/**
 * Rounds x and y and writes size (by connections and mentions, relative to the largest) and color (by type) on every
 * node: what an edit can change while the positions stay (a graph whose ForceAtlas2 input is unchanged).
 */
export function assignSizes(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): void {
  const settings = validateLayoutOptions(options);
  let maxScore = 1;
  const scores = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    const score = graph.degree(node) + attrs.mentions.length;
    scores.set(node, score);
    maxScore = Math.max(maxScore, score);
  });
  graph.forEachNode((node, attrs) => {
    graph.mergeNodeAttributes(node, { x: roundPosition(attrs.x), y: roundPosition(attrs.y), size: nodeSize(scores.get(node) ?? 0, maxScore, settings), color: TYPE_COLORS[attrs.type] });
  });
}

/**
 * A node's size: by its score (connections + mentions) relative to the largest score in the graph (at least 1).
 * src/build/patch.ts sizes the nodes of a patched graph file with it.
 */
export function nodeSize(score: number, maxScore: number, settings: Pick<LayoutOptions, 'minSize' | 'maxSize'> = DEFAULT_LAYOUT_OPTIONS): number {
  return round(settings.minSize + (settings.maxSize - settings.minSize) * Math.sqrt(score / maxScore));
}

/** The weight ForceAtlas2 sees: the largest power of two not above it (1, 2, 4, 8, ...). */
export function weightBucket(weight: number): number {
  return weight > 1 ? 2 ** Math.floor(Math.log2(weight)) : 1;
}

/** Everything ForceAtlas2's result depends on: seed, settings, node keys in order, edges with weight buckets. */
function layoutInputHash(graph: KnowledgeGraph, seed: number, fa2: object): string {
  const hash = createHash('sha256').update(JSON.stringify({ seed, fa2 }));
  const index = new Map<string, number>();
  graph.forEachNode((node) => {
    index.set(node, index.size);
    hash.update(node).update('\0');
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    hash.update(`${index.get(source)},${index.get(target)},${weightBucket(attrs.weight)};`);
  });
  return hash.digest('hex');
}

/** A coordinate or size as the graph file holds it: three decimals (0 for what is not a finite number). */
export function roundPosition(value: number): number {
  return round(value);
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0;
}
