// What the viewer brings forward: the hovered node's neighbourhood, else the selection's (node, edge, turn or an
// externally highlighted set). Pure: read from the hover and selection stores, never written into the graph.
import type { ViewerGraph } from '../../../src/server/payload.ts';
import { hover } from '../state/hover.ts';
import { selection } from '../state/selection.ts';
import { turns } from '../state/turns.ts';

/** The focus palette, shared by the reducers (small graphs) and the focus layer (big graphs). */
export const FOCUS_COLORS = {
  /** Nodes and edges outside the focus. */
  dimNode: '#e3e6ea',
  dimEdge: '#f1f2f4',
  /** Typed relations and co-occurrences touching the focus, and the selected edge. */
  edge: '#4b5563',
  coOccurs: '#aab2bd',
  selectedEdge: '#111827',
} as const;

export interface Focus {
  nodes: Set<string>;
  /** The node whose neighbourhood is shown (hover or selection), if any. */
  centre: string | null;
  edge: string | null;
}

export function computeFocus(graph: ViewerGraph): Focus | null {
  const centre = hover.get().node ?? selection.get().node;
  if (centre && graph.hasNode(centre)) {
    return { nodes: new Set([centre, ...graph.neighbors(centre)]), centre, edge: null };
  }
  const { edge, turn, highlighted } = selection.get();
  if (edge && graph.hasEdge(edge)) return { nodes: new Set(graph.extremities(edge)), centre: null, edge };
  // A turn's entities are known once the strip or the details panel fetched it (the renderer redraws then).
  if (turn) return { nodes: new Set(turns.get().entities.get(turn) ?? []), centre: null, edge: null };
  if (highlighted.length > 0) return { nodes: new Set(highlighted.filter((k) => graph.hasNode(k))), centre: null, edge: null };
  return null;
}

/** An edge is in focus when it is the focused edge, touches the centre, or (no centre) joins two focused nodes. */
export function edgeInFocus(focus: Focus, edge: string, source: string, target: string): boolean {
  if (focus.edge) return edge === focus.edge;
  if (focus.centre) return source === focus.centre || target === focus.centre;
  return focus.nodes.has(source) && focus.nodes.has(target);
}

/** The edges in focus, each once: a handful of adjacency walks, never a pass over every edge. */
export function focusEdges(graph: ViewerGraph, focus: Focus): string[] {
  if (focus.edge) return [focus.edge];
  if (focus.centre) return graph.edges(focus.centre);
  const edges: string[] = [];
  for (const node of focus.nodes) {
    graph.forEachOutEdge(node, (edge, _attrs, _source, target) => {
      if (focus.nodes.has(target)) edges.push(edge);
    });
  }
  return edges;
}
