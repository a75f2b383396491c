// "Expand neighbourhood (Neo4j)": fetch one node's neighbourhood, merge what the drawn graph lacks, mark it
// as loaded from Neo4j, redraw, and say what was added. Also opens the viewer on a neighbourhood alone.
import { MultiDirectedGraph } from 'graphology';
import type { ViewerEdgeAttrs, ViewerGraphAttrs, ViewerGraph, ViewerNodeAttrs } from '../../../src/server/payload.ts';
import { getGraph, getRenderer } from '../api.ts';
import { mergeDocuments, mergeNeighbourhood } from '../graph/merge.ts';
import type { KnowledgeSigma } from '../graph/renderer.ts';
import { graphMerged } from '../state/data.ts';
import { filters } from '../state/filters.ts';
import { neo4j, recordLoaded } from '../state/neo4j.ts';
import { selection } from '../state/selection.ts';
import { fetchNeighbourhood, type Neighbourhood } from './client.ts';
import { installMarks } from './marks.ts';

export interface Expansion {
  nodes: number;
  edges: number;
  error: string | null;
}

/** Merges a fetched neighbourhood into `graph` and records what came from Neo4j. */
export function applyNeighbourhood(graph: ViewerGraph, hood: Neighbourhood): { nodes: number; edges: number } {
  mergeDocuments(graph, hood.documents ?? []);
  const merged = mergeNeighbourhood(graph, hood.centre, hood.nodes, hood.edges);
  const nodes = new Map(hood.nodes.map((n) => [n.key, n]));
  const edges = new Map(hood.edges.map((e) => [e.key, e]));
  recordLoaded({
    nodes: merged.nodes.map((key) => ({ key, mentionCount: nodes.get(key)?.mentionCount ?? 0 })),
    edges: merged.edges.map(({ key, incoming }) => ({ key, quotes: edges.get(incoming)?.quotes ?? [] })),
  });
  return { nodes: merged.nodes.length, edges: merged.edges.length };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The status line after an expansion. */
export function describeExpansion(hood: Neighbourhood, added: { nodes: number; edges: number }): string {
  const shown = hood.nodes.length - 1;
  const cap = hood.truncated ? ` (${hood.neighbours} neighbours in Neo4j; the strongest ${shown} were loaded)` : '';
  if (added.nodes === 0 && added.edges === 0) return `Nothing new: the graph already has ${shown === hood.neighbours ? 'all' : 'these'} ${plural(shown, 'neighbour', 'neighbours')} from Neo4j${cap}.`;
  return `Added ${plural(added.nodes, 'entity', 'entities')} and ${plural(added.edges, 'relation', 'relations')} from Neo4j${cap}.`;
}

/** The user's action: one expansion at a time; the outcome lands in the neo4j store's message. */
export async function expandNeighbourhood(key: string): Promise<Expansion> {
  const graph = getGraph();
  if (!graph) return { nodes: 0, edges: 0, error: 'no graph is drawn' };
  if (neo4j.get().busy) return { nodes: 0, edges: 0, error: 'another expansion is running' };
  neo4j.set({ busy: key, message: { node: key, text: 'Loading the neighbourhood from Neo4j…', error: false } });
  try {
    const hood = await fetchNeighbourhood(key);
    if (getGraph() !== graph) return { nodes: 0, edges: 0, error: 'another graph was opened meanwhile' };
    const added = applyNeighbourhood(graph, hood);
    redraw(graph);
    const sigma = getRenderer()?.sigma;
    if (sigma && (added.nodes || added.edges)) fitCamera(sigma, hood.nodes.map((n) => n.key).filter((k) => graph.hasNode(k)));
    neo4j.set({ busy: null, message: { node: key, text: describeExpansion(hood, added), error: false } });
    return { ...added, error: null };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    neo4j.set({ busy: null, message: { node: key, text, error: true } });
    return { nodes: 0, edges: 0, error: text };
  }
}

/** An empty graph to start from when the viewer opens on a Neo4j neighbourhood (?source=neo4j&node=KEY). */
export function emptyGraph(name: string): ViewerGraph {
  const graph = new MultiDirectedGraph<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs>({ allowSelfLoops: true });
  graph.replaceAttributes({ name, documents: [], speakers: [] });
  return graph;
}

/** `?source=neo4j&node=KEY` → the key ('' when missing); null when the viewer opens graph files as usual. */
export function neo4jStartNode(search: string): string | null {
  const params = new URLSearchParams(search);
  return params.get('source') === 'neo4j' ? params.get('node') ?? '' : null;
}

/** Moves the camera so the expanded neighbourhood fills the view (positions changed scale when nodes came in). */
function fitCamera(sigma: KnowledgeSigma, keys: readonly string[]): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const key of keys) {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) continue;
    minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  const ratio = Math.min(1, Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.3));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}

function redraw(graph: ViewerGraph): void {
  const renderer = getRenderer();
  if (renderer) installMarks(renderer.sigma, () => neo4j.get().loadedNodes);
  // The renderer recomputes what is visible (and the legend its counts) when the filters change: handing it
  // equal filters again makes it take the merged nodes and edges in. (A renderer hook would be cleaner.)
  filters.set({ hiddenTypes: [...filters.get().hiddenTypes] });
  // Likewise the highlighted neighbourhood of the selected node is recomputed when the selection changes.
  selection.set({ highlighted: [...selection.get().highlighted] });
  graphMerged();
  const status = document.getElementById('status');
  if (status) {
    status.classList.remove('error');
    status.textContent = `${graph.order} entities · ${graph.size} relations · ${neo4j.get().loadedNodes.size} loaded from Neo4j`;
  }
}
