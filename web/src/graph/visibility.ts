// Filters → the set of nodes and edges Sigma draws, and the filters that would show a given node. Pure: same graph
// + filters give the same sets.
import type { EntityType } from '../../../src/model.ts';
import type { ViewerGraph } from '../../../src/server/payload.ts';
import type { FilterState } from '../state/filters.ts';
import { evidenceIn, inDocument, type GraphIndex } from './data.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Visible-and-hidden counts per entity type, for the legend. */
  typeCounts: Map<EntityType, number>;
}

export function computeVisibility(graph: ViewerGraph, index: GraphIndex, filters: FilterState): Visibility {
  const hiddenTypes = new Set(filters.hiddenTypes);
  const speakerEntities = filters.speaker ? entitiesOfSpeaker(index, filters.speaker) : null;
  const typeCounts = new Map<EntityType, number>();
  const nodes = new Set<string>();
  graph.forEachNode((key, node) => {
    if (filters.document && !inDocument(graph, index, key, filters.document)) return;
    if (speakerEntities && !speakerEntities.has(key)) return;
    typeCounts.set(node.type, (typeCounts.get(node.type) ?? 0) + 1);
    if (hiddenTypes.has(node.type)) return;
    nodes.add(key);
  });
  const edges = new Set<string>();
  // Evidence in the filtered document only; -1: a document the graph does not list has none.
  const documentIndex = filters.document ? index.documentOrder.get(filters.document) ?? -1 : undefined;
  graph.forEachEdge((key, edge, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (filters.hideCoOccurs && edge.type === 'CO_OCCURS') return;
    const evidence = !filters.document || documentIndex === undefined ? edge.evidenceCount
      : documentIndex < 0 ? 0 : evidenceIn(index, key, edge, filters.document, documentIndex);
    if (filters.document && evidence === 0) return;
    if (evidence < filters.minEvidence) return;
    edges.add(key);
  });
  return { nodes, edges, typeCounts };
}

/** The speaker and the entities mentioned in their turns: what the Speaker filter keeps. */
function entitiesOfSpeaker(index: GraphIndex, speaker: string): Set<string> {
  return new Set([speaker, ...index.speakerEntities.get(speaker) ?? []]);
}

/**
 * The filters with only what hides node `key` dropped (its document, speaker or type filter), so that it is drawn;
 * null when the filters show it already. Pure.
 */
export function filtersShowing(graph: ViewerGraph, index: GraphIndex, filters: FilterState, key: string): FilterState | null {
  const node = graph.getNodeAttributes(key);
  const next = { ...filters };
  if (filters.document && !inDocument(graph, index, key, filters.document)) next.document = null;
  if (filters.speaker && !entitiesOfSpeaker(index, filters.speaker).has(key)) next.speaker = null;
  if (filters.hiddenTypes.includes(node.type)) next.hiddenTypes = filters.hiddenTypes.filter((t) => t !== node.type);
  return next.document === filters.document && next.speaker === filters.speaker && next.hiddenTypes === filters.hiddenTypes ? null : next;
}
