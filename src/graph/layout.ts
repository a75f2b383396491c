// Precomputed, seeded layout and styling: positions by ForceAtlas2, size by connections, colour by type.
// Deterministic: the same graph (same insertion order) always gets the same coordinates.
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
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { seed: 42, iterations: null, minSize: 3, maxSize: 18 };

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
  const random = mulberry32(settings.seed);
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: round(random() * 100), y: round(random() * 100) });
  });
  const order = graph.order;
  const iterations = settings.iterations ?? (order < 500 ? 300 : order < 5000 ? 100 : 30);
  if (order > 1 && iterations > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 2000 },
    });
  }
  let maxScore = 1;
  const scores = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    const score = graph.degree(node) + attrs.mentions.length;
    scores.set(node, score);
    maxScore = Math.max(maxScore, score);
  });
  graph.forEachNode((node, attrs) => {
    const share = Math.sqrt((scores.get(node) ?? 0) / maxScore);
    graph.mergeNodeAttributes(node, {
      x: round(attrs.x),
      y: round(attrs.y),
      size: round(settings.minSize + (settings.maxSize - settings.minSize) * share),
      color: TYPE_COLORS[attrs.type],
    });
  });
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0;
}
