// Stage 7, assemble: merges the documents' contributions (contribution.ts, merge.ts) into one graph with a layout.
// One node per entity key across documents; typed edges from relations; CO_OCCURS edges from shared turns.
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/model.ts';
import { assignLayout, type LayoutOptions } from '../../src/graph/layout.ts';
import { OptionsError } from '../errors.ts';
import type { DocumentExtraction } from '../types.ts';
import { contribute, type DocumentContribution } from './contribution.ts';
import { GraphMerger, type MergedGraph, type MergeScope, type TextStore } from './merge.ts';
import { DEFAULT_PAIR_EVIDENCE } from './pairs.ts';

export interface AssembleOptions {
  /** Name stored in the graph attributes. */
  name: string;
  /** Add weighted CO_OCCURS edges between entities mentioned in the same turn. */
  cooccurrence: boolean;
  /**
   * Evidence spans kept per CO_OCCURS edge (the first ones in conversation order); its weight still counts
   * every shared turn. Co-occurrence grows with the square of a turn's entities, so keeping every span
   * would make large graphs mostly evidence.
   */
  cooccurrenceEvidence: number;
  layout: Partial<LayoutOptions>;
}

export const DEFAULT_ASSEMBLE_OPTIONS: AssembleOptions = { name: 'turngraph', cooccurrence: true, cooccurrenceEvidence: DEFAULT_PAIR_EVIDENCE, layout: {} };

export function validateAssembleOptions(options: Partial<AssembleOptions>): AssembleOptions {
  const merged = { ...DEFAULT_ASSEMBLE_OPTIONS, ...options };
  if (typeof merged.name !== 'string' || merged.name === '') throw new OptionsError('turngraph assemble', 'name must be a non-empty string');
  if (!Number.isInteger(merged.cooccurrenceEvidence) || merged.cooccurrenceEvidence < 1) {
    throw new OptionsError('turngraph assemble', 'cooccurrenceEvidence must be a positive integer');
  }
  return merged;
}

export { CO_OCCURS } from './merge.ts';

export function assemble(extractions: DocumentExtraction[], options: Partial<AssembleOptions> = {}): KnowledgeGraph {
  return mergeContributions(extractions.map(contribute), options);
}

/** Merges documents' contributions, given in input order, into one graph with a layout. */
export function mergeContributions(contributions: DocumentContribution[], options: Partial<AssembleOptions> = {}): KnowledgeGraph {
  const merger = createMerger(options);
  contributions.forEach((contribution, index) => merger.add(index, contribution));
  return toGraph(merger.finish(), options);
}

/**
 * A merger for these options: add each document (by input index, in any order), then `toGraph(merger.finish())`.
 * With a text store, turn texts wait there instead of in memory; with a scope, only those nodes and edges are
 * made (see GraphMerger).
 */
export function createMerger(options: Partial<AssembleOptions> = {}, store: TextStore | null = null, scope: MergeScope | null = null): GraphMerger {
  const settings = validateAssembleOptions(options);
  return new GraphMerger(settings.cooccurrenceEvidence, settings.cooccurrence, store, scope);
}

/** The graphology graph of merged nodes and edges, laid out. */
export function toGraph(merged: MergedGraph, options: Partial<AssembleOptions> = {}): KnowledgeGraph {
  const settings = validateAssembleOptions(options);
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: settings.name, documents: merged.documents, turns: merged.turns });
  for (const node of merged.nodes) graph.addNode(node.key, node.attributes);
  for (const edge of merged.edges) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  assignLayout(graph, settings.layout);
  return graph;
}
