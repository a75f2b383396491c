// Merging a Neo4j neighbourhood into the drawn graph: only nodes and edges the graph does not have yet,
// new nodes placed on rings around the expanded node. Pure apart from adding to the given graph.
import type { DocumentInfo, EdgeAttrs, NodeAttrs } from '../../../src/model.ts';
import { toViewerEdgeAttrs, toViewerNodeAttrs, turnDocument, type ViewerGraph } from '../../../src/server/payload.ts';

export interface IncomingNode {
  key: string;
  attributes: NodeAttrs;
  /** Mentions stored where the node came from (its spans are not sent); else its spans are counted. */
  mentionCount?: number;
}
export interface IncomingEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttrs;
}
export interface MergeResult {
  /** Keys of the nodes added, in the order given. */
  nodes: string[];
  /** Keys of the edges added (the incoming key, suffixed if the graph already used it for another edge). */
  edges: { key: string; incoming: string }[];
}

/** Nodes on the first ring around the centre; each further ring holds this many more. */
const RING = 12;

/** Adds what is missing; an edge counts as present when the graph has one with the same ends and type. */
export function mergeNeighbourhood(graph: ViewerGraph, centre: string, nodes: readonly IncomingNode[], edges: readonly IncomingEdge[]): MergeResult {
  const result: MergeResult = { nodes: [], edges: [] };
  // Evidence counts by document, as the file's edges have them (merge the documents first to count theirs).
  const documents = new Map(graph.getAttribute('documents').map((d, i) => [d.id, i]));
  const documentOf = (turn: string) => documents.get(turnDocument(turn));
  const centreNode = nodes.find((n) => n.key === centre);
  if (!graph.hasNode(centre)) {
    if (!centreNode) return result;
    graph.addNode(centre, { ...toViewerNodeAttrs(centreNode.attributes, centreNode.mentionCount), x: 0, y: 0 });
    result.nodes.push(centre);
  }
  const fresh = nodes.filter((n) => !graph.hasNode(n.key));
  const spots = placeAround(graph, centre, fresh.length);
  fresh.forEach((node, i) => {
    graph.addNode(node.key, { ...toViewerNodeAttrs(node.attributes, node.mentionCount), ...spots[i] });
    result.nodes.push(node.key);
  });
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.edges(edge.source, edge.target).some((key) => graph.getEdgeAttribute(key, 'type') === edge.attributes.type)) continue;
    let key = edge.key;
    for (let n = 2; graph.hasEdge(key); n++) key = `${edge.key}#${n}`;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, { ...toViewerEdgeAttrs(edge.attributes, documentOf), rules: [...edge.attributes.rules] });
    result.edges.push({ key, incoming: edge.key });
  }
  return result;
}

/**
 * `count` positions on rings around `centre`, starting on the side facing away from the rest of the graph.
 * The first ring's radius follows the centre's current neighbours (closer than they are), else the graph's size.
 */
export function placeAround(graph: ViewerGraph, centre: string, count: number): { x: number; y: number }[] {
  if (count === 0) return [];
  const { x: cx, y: cy } = graph.getNodeAttributes(centre);
  const distances = graph.neighbors(centre).map((k) => Math.hypot(graph.getNodeAttribute(k, 'x') - cx, graph.getNodeAttribute(k, 'y') - cy)).filter((d) => d > 0);
  let radius: number;
  if (distances.length) radius = 0.6 * distances.reduce((a, b) => a + b, 0) / distances.length;
  else {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    graph.forEachNode((_, n) => {
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    const diagonal = Math.hypot(maxX - minX, maxY - minY);
    radius = diagonal > 0 ? diagonal * 0.08 : 1;
  }
  // Face away from the graph's centre of mass, so the new nodes land outside rather than on top of it.
  let mx = 0, my = 0;
  graph.forEachNode((_, n) => { mx += n.x; my += n.y; });
  mx /= graph.order;
  my /= graph.order;
  const away = Math.hypot(cx - mx, cy - my) > 1e-9 ? Math.atan2(cy - my, cx - mx) : -Math.PI / 2;
  const spots: { x: number; y: number }[] = [];
  for (let ring = 0, placed = 0; placed < count; ring++) {
    const capacity = Math.min(RING * (ring + 1), count - placed);
    const r = radius * (1 + 0.6 * ring);
    for (let i = 0; i < capacity; i++) {
      // Spread from the "away" direction outwards to both sides.
      const step = (2 * Math.PI) / capacity;
      const offset = Math.ceil(i / 2) * step * (i % 2 === 0 ? 1 : -1) + (ring % 2) * step / 2;
      spots.push({ x: cx + r * Math.cos(away + offset), y: cy + r * Math.sin(away + offset) });
    }
    placed += capacity;
  }
  return spots;
}

/** Adds the documents the graph does not list yet (so the details panel can show their titles). */
export function mergeDocuments(graph: ViewerGraph, documents: readonly DocumentInfo[]): number {
  const current = graph.getAttribute('documents') ?? [];
  const known = new Set(current.map((d) => d.id));
  const extra = documents.filter((d) => !known.has(d.id));
  if (extra.length) graph.setAttribute('documents', [...current, ...extra]);
  return extra.length;
}
