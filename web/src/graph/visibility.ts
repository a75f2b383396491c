// Filters → the set of nodes and edges Sigma draws. Pure: same graph + filters give the same sets.
import type { EntityType, KnowledgeGraph } from '../../../src/model.ts';
import type { FilterState } from '../state/filters.ts';
import type { GraphIndex } from './data.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Visible-and-hidden counts per entity type, for the legend. */
  typeCounts: Map<EntityType, number>;
}

export function computeVisibility(graph: KnowledgeGraph, index: GraphIndex, filters: FilterState): Visibility {
  const hiddenTypes = new Set(filters.hiddenTypes);
  let speakerEntities: Set<string> | null = null;
  if (filters.speaker) {
    speakerEntities = new Set([filters.speaker]);
    for (const turn of index.turnsById.values()) {
      if (turn.speaker !== filters.speaker) continue;
      for (const key of index.entitiesByTurn.get(turn.id) ?? []) speakerEntities.add(key);
    }
  }
  const typeCounts = new Map<EntityType, number>();
  const nodes = new Set<string>();
  graph.forEachNode((key, node) => {
    if (filters.document && !(node.documents ?? []).includes(filters.document)) return;
    if (speakerEntities && !speakerEntities.has(key)) return;
    typeCounts.set(node.type, (typeCounts.get(node.type) ?? 0) + 1);
    if (hiddenTypes.has(node.type)) return;
    nodes.add(key);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, edge, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (filters.hideCoOccurs && edge.type === 'CO_OCCURS') return;
    const evidence = filters.document
      ? (edge.evidence ?? []).filter((s) => index.turnsById.get(s.turn)?.document === filters.document)
      : edge.evidence ?? [];
    if (filters.document && evidence.length === 0) return;
    if (evidence.length < filters.minEvidence) return;
    edges.add(key);
  });
  return { nodes, edges, typeCounts };
}
