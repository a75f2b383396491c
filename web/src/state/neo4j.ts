// Neo4j expansion state, outside the graph: whether Neo4j answers, which nodes and edges came from it
// (the viewer marks them), their quotes and mention counts, and the last expansion's outcome per node.
import { createStore } from './store.ts';

export interface ExpandMessage {
  node: string;
  text: string;
  error: boolean;
}

export interface Neo4jState {
  /** null until /api/cypher/status answered. */
  reachable: boolean | null;
  /** Node keys added to the drawn graph from Neo4j. */
  loadedNodes: ReadonlySet<string>;
  /** Edge keys added to the drawn graph from Neo4j. */
  loadedEdges: ReadonlySet<string>;
  /** Quotes of each loaded edge, parallel to its evidence (the turns themselves are not loaded). */
  quotes: ReadonlyMap<string, readonly string[]>;
  /** Mention spans stored in Neo4j per loaded node (the spans themselves are not loaded). */
  mentionCounts: ReadonlyMap<string, number>;
  /** The node whose neighbourhood is being fetched. */
  busy: string | null;
  message: ExpandMessage | null;
}

export const EMPTY_NEO4J: Neo4jState = { reachable: null, loadedNodes: new Set(), loadedEdges: new Set(), quotes: new Map(), mentionCounts: new Map(), busy: null, message: null };

export const neo4j = createStore<Neo4jState>(EMPTY_NEO4J);

export interface Loaded {
  nodes: readonly { key: string; mentionCount: number }[];
  edges: readonly { key: string; quotes: readonly string[] }[];
}

/** Records what one expansion added (immutably: subscribers compare sets by identity). */
export function recordLoaded(added: Loaded): void {
  const state = neo4j.get();
  const mentionCounts = new Map(state.mentionCounts);
  const quotes = new Map(state.quotes);
  for (const node of added.nodes) mentionCounts.set(node.key, node.mentionCount);
  for (const edge of added.edges) quotes.set(edge.key, edge.quotes);
  neo4j.set({
    loadedNodes: new Set([...state.loadedNodes, ...added.nodes.map((n) => n.key)]),
    loadedEdges: new Set([...state.loadedEdges, ...added.edges.map((e) => e.key)]),
    quotes,
    mentionCounts,
  });
}

/** A new graph was opened: nothing in it came from Neo4j. */
export function forgetLoaded(): void {
  const { reachable } = neo4j.get();
  neo4j.set({ ...EMPTY_NEO4J, reachable });
}
