// Loading a graph's viewer payload into graphology and indexing what the views need up front (speakers, document
// order); quotes and turns are fetched when shown (quotes.ts). The loaded graph is read-only for the UI.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedKnowledgeGraph, Turn } from '../../../src/model.ts';
import { fromViewerPayload, toViewerGraph, turnDocument, type SerializedViewerGraph, type ViewerPayload, type ViewerEdgeAttrs, type ViewerGraph, type ViewerGraphAttrs, type ViewerNodeAttrs } from '../../../src/server/payload.ts';
import { documentHints, type Named } from './names.ts';
import { createQuoteStore } from '../../../src/server/quotes.ts';
import { createLocalQuoteSource, createQuoteSource, type QuoteSource, type QuoteSourceOptions } from './quotes.ts';

export interface GraphListItem {
  name: string;
  file: string;
  ok: boolean;
  bytes: number;
}

export interface GraphIndex {
  /** Position of each document in the file: conversation order runs by document, then turn index. */
  documentOrder: Map<string, number>;
  /** Speakers (node key → label as spoken) that have at least one turn, in the order they first speak. */
  speakers: Map<string, string>;
  /** Turns each speaker speaks. */
  speakerTurns: Map<string, number>;
  /** Entities mentioned in each speaker's turns: what the Speaker filter keeps (fetched when chosen: loadFilterEntities). */
  speakerEntities: Map<string, ReadonlySet<string>>;
  /** For nodes and speakers whose label another one shares: a short title of their document (see names.ts). */
  hints: Map<string, string>;
  /** Quotes and turns, fetched on demand. */
  quotes: QuoteSource;
  /**
   * What each document filtered by so far keeps (loadFilterEntities): its entities, for nodes the payload names only
   * some documents of, and its relations' evidence counts, for edges it names only some documents of.
   */
  documentEntities: Map<string, { entities: ReadonlySet<string>; evidence: ReadonlyMap<string, number> }>;
}

export async function fetchGraphList(): Promise<GraphListItem[]> {
  const response = await fetch('/api/graphs');
  if (!response.ok) throw new Error(`cannot list graphs (HTTP ${response.status})`);
  return ((await response.json()) as { graphs: GraphListItem[] }).graphs;
}

/** A graph as loaded, with the version of the file it came from (null: not from a file, or no version sent). */
export interface LoadedGraph {
  graph: ViewerGraph;
  version: string | null;
  /** Where its quotes come from when not from the server's endpoints (a whole graph file read in the page). */
  quotes?: QuoteSource;
}

/** The header and endpoint the server gives a graph file's version in (src/server/graphs.ts). */
const VERSION_HEADER = 'X-Turngraph-Version';

/** Fetches a graph's viewer payload (nodes and edges with counts; quotes come on demand). */
export async function fetchGraph(name: string): Promise<LoadedGraph> {
  const response = await fetch(`/api/graphs/${encodeURIComponent(name)}?view=1`);
  if (!response.ok) throw new Error(`cannot load graph "${name}" (HTTP ${response.status})`);
  const json: unknown = await response.json();
  performance.mark('turngraph:graph-fetched');
  return { ...readGraph(json), version: response.headers.get(VERSION_HEADER) };
}

/**
 * The viewer payload, or a whole graph file (a static host ignores ?view=1 and sends the file): that one is turned
 * into the payload here, and its quotes are served from memory by the same code the server uses.
 */
export function readGraph(json: unknown): { graph: ViewerGraph; quotes?: QuoteSource } {
  const file = json as SerializedKnowledgeGraph;
  const whole = Array.isArray(file?.attributes?.turns) || (Array.isArray(file?.nodes) && Array.isArray(file.nodes[0]?.attributes?.mentions));
  if (!whole) return { graph: parseGraph(json) };
  const graph = parseGraph(toViewerGraph(file));
  return { graph, quotes: createLocalQuoteSource(createQuoteStore(file), graph.nodes(), graph.edges()) };
}

/** The version of a graph's file on disk now; null while the file is missing. Throws on HTTP errors. */
export async function fetchGraphVersion(name: string): Promise<string | null> {
  const response = await fetch(`/api/graphs/${encodeURIComponent(name)}/version`);
  if (!response.ok) throw new Error(`cannot read the version of "${name}" (HTTP ${response.status})`);
  const { version } = (await response.json()) as { version?: unknown };
  return typeof version === 'string' ? version : null;
}

/**
 * Imports a viewer payload (src/server/payload.ts: edges as a table) or a viewer graph in graphology's form,
 * checking the few fields the viewer relies on.
 */
export function parseGraph(data: unknown): ViewerGraph {
  const payload = data as Partial<ViewerPayload> & Partial<SerializedViewerGraph>;
  if (!payload || !Array.isArray(payload.nodes) || !(Array.isArray(payload.edges) || Array.isArray(payload.edgeTable?.rows))) {
    throw new Error('not a turngraph graph (no nodes/edges arrays)');
  }
  const graph = new MultiDirectedGraph<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs>({ allowSelfLoops: true });
  graph.import(payload.edgeTable ? fromViewerPayload(payload as ViewerPayload) : (payload as SerializedViewerGraph));
  const attrs = graph.getAttributes();
  if (!Array.isArray(attrs.documents)) graph.setAttribute('documents', []);
  if (!Array.isArray(attrs.speakers)) graph.setAttribute('speakers', []);
  graph.forEachNode((key, node) => {
    if (typeof node.x !== 'number' || typeof node.y !== 'number') {
      throw new Error(`node "${key}" has no x/y position (rebuild the graph with turngraph build)`);
    }
  });
  return graph;
}

/**
 * `quotes`: where the quotes come from, by default the server's endpoints for graph `name`, asked for the file version
 * `options.version`.
 */
export function indexGraph(graph: ViewerGraph, name = graph.getAttribute('name'), quotes?: QuoteSource, options?: QuoteSourceOptions): GraphIndex {
  const { documents, speakers: list } = graph.getAttributes();
  const documentOrder = new Map(documents.map((d, i) => [d.id, i]));
  const speakers = new Map<string, string>();
  const speakerTurns = new Map<string, number>();
  for (const s of list) {
    speakers.set(s.key, graph.hasNode(s.key) ? graph.getNodeAttribute(s.key, 'label') : s.label);
    speakerTurns.set(s.key, s.turns);
  }
  const hints = graphHints(graph);
  return {
    documentOrder, speakers, speakerTurns, speakerEntities: new Map(), hints,
    quotes: quotes ?? createQuoteSource(name, graph.nodes(), graph.edges(), options),
    documentEntities: new Map(),
  };
}

/** True when the node names all its documents (a file's node in few documents, a node from Neo4j). */
function documentsComplete(node: ViewerNodeAttrs): boolean {
  return (node.documents?.length ?? 0) >= (node.documentCount ?? 0);
}

/**
 * True when node `key` is in `document`: from its own list when the payload sent all of it, else from the document's
 * entities (loadFilterEntities must have fetched them; until then, false).
 */
export function inDocument(graph: ViewerGraph, index: GraphIndex, key: string, document: string): boolean {
  const node = graph.getNodeAttributes(key);
  if (node.documents?.includes(document)) return true;
  return !documentsComplete(node) && index.documentEntities.get(document)?.entities.has(key) === true;
}

/** True when the edge names all the documents of its evidence (a file's edge in one, an edge from Neo4j). */
function evidenceComplete(edge: ViewerEdgeAttrs): boolean {
  return (edge.evidenceDocuments?.length ?? 0) >= (edge.evidenceDocumentCount ?? 0);
}

/**
 * Spans of edge `key`'s evidence in `document` (at `documentIndex` in the graph's documents): from the pairs the payload
 * sent, else from the counts loadFilterEntities fetched (until then, 0).
 */
export function evidenceIn(index: GraphIndex, key: string, edge: ViewerEdgeAttrs, document: string, documentIndex: number): number {
  const sent = edge.evidenceDocuments.find(([d]) => d === documentIndex)?.[1];
  if (sent !== undefined || evidenceComplete(edge)) return sent ?? 0;
  return index.documentEntities.get(document)?.evidence.get(key) ?? 0;
}

/** The filters that need entities fetched: a document (unless the payload names every document of everything), a speaker. */
export interface EntityFilters {
  document: string | null;
  speaker: string | null;
}

/** True when what the filters need is here: the document's and the speaker's entities (or none are needed). */
export function filterEntitiesReady(graph: ViewerGraph, index: GraphIndex, { document, speaker }: EntityFilters): boolean {
  const documentReady = !document || index.documentEntities.has(document)
    || (graph.everyNode((_, node) => documentsComplete(node)) && graph.everyEdge((_, edge) => evidenceComplete(edge)));
  return documentReady && (!speaker || index.speakerEntities.has(speaker));
}

/** Fetches the entities the filters need (filterEntitiesReady) that are not here yet. */
export async function loadFilterEntities(graph: ViewerGraph, index: GraphIndex, { document, speaker }: EntityFilters): Promise<void> {
  await Promise.all([
    document && !filterEntitiesReady(graph, index, { document, speaker: null })
      ? index.quotes.documentEntities(document).then(({ entities, edges }) => void index.documentEntities.set(document, { entities: new Set(entities), evidence: new Map(edges) }))
      : null,
    speaker && !index.speakerEntities.has(speaker)
      ? index.quotes.speakerEntities(speaker).then((keys) => void index.speakerEntities.set(speaker, new Set(keys))) : null,
  ]);
}

/** True when the graph's documents hold a turn with this id (`${document}#${index}`). */
export function hasTurn(graph: ViewerGraph, id: string): boolean {
  const document = turnDocument(id);
  const index = Number(id.slice(document.length + 1));
  const turns = graph.getAttribute('documents').find((d) => d.id === document)?.turns ?? 0;
  return Number.isInteger(index) && index >= 0 && index < turns;
}

/** True when some document of the graph has turns (a neighbourhood from Neo4j has none: its quotes stay there). */
export function hasTurns(graph: ViewerGraph): boolean {
  return graph.getAttribute('documents').some((d) => (d.turns ?? 0) > 0);
}

/** Document hints of the graph's nodes and of the speakers known only from their turns (one label space). */
function graphHints(graph: ViewerGraph): Map<string, string> {
  const named: Named[] = graph.mapNodes((key, node) => ({ key, label: node.label, documents: node.documents ?? [], documentCount: node.documentCount }));
  for (const s of graph.getAttribute('speakers')) if (!graph.hasNode(s.key)) named.push({ key: s.key, label: s.label, documents: s.documents, documentCount: s.documentCount });
  return documentHints(named, graph.getAttribute('documents'));
}

/**
 * Nodes (and documents) were merged into `graph` after it was indexed (a neighbourhood from Neo4j): a new node may
 * share a label with one already drawn, so `index.hints` is computed again, in place (views hold the index).
 */
export function refreshHints(graph: ViewerGraph, index: GraphIndex): void {
  const hints = graphHints(graph);
  index.hints.clear();
  for (const [key, hint] of hints) index.hints.set(key, hint);
}

/** The document hint of a turn's speaker when another node or speaker shares its label. */
export function speakerHint(turn: Pick<Turn, 'speaker'>, index: GraphIndex): string | undefined {
  return turn.speaker ? index.hints.get(turn.speaker) : undefined;
}

/** How a turn's speaker is shown: the speaker node's label, else the label as written, else its kind. */
export function speakerName(turn: Pick<Turn, 'speaker' | 'speakerLabel' | 'kind'>, index: GraphIndex): string {
  if (turn.speaker && index.speakers.has(turn.speaker)) return index.speakers.get(turn.speaker)!;
  if (turn.speakerLabel) return turn.speakerLabel;
  return turn.kind === 'narration' ? 'Narration' : '—';
}
