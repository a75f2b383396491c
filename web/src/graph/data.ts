// Loading a graph file into graphology and indexing what the views need (turns, who mentions what).
// The loaded graph is read-only for the UI: filters, hover and selection never write into it.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, GraphAttrs, KnowledgeGraph, NodeAttrs, SerializedKnowledgeGraph, Turn } from '../../../src/model.ts';
import { documentHints, type Named } from './names.ts';
import { createTurnTexts, type TurnTexts } from './texts.ts';

/** Graph files at least this big are fetched without their turn texts (?lite=1), which load on demand. */
export const LITE_MIN_BYTES = 2_000_000;

export interface GraphListItem {
  name: string;
  file: string;
  ok: boolean;
  bytes: number;
}

export interface GraphIndex {
  turnsById: Map<string, Turn>;
  /** Turn order across documents: document order, then index. */
  turnOrder: Map<string, number>;
  turnsByDocument: Map<string, Turn[]>;
  /** Entities mentioned in each turn, in order of first mention. */
  entitiesByTurn: Map<string, string[]>;
  /** Turns each node is mentioned in, sorted in conversation order. */
  turnsByNode: Map<string, string[]>;
  /** Speakers (node key → label as spoken) that have at least one turn. */
  speakers: Map<string, string>;
  /** Turns each speaker spoke, in conversation order. */
  turnsBySpeaker: Map<string, string[]>;
  /** For nodes and speakers whose label another one shares: a short title of their document (see names.ts). */
  hints: Map<string, string>;
  /** Turn texts: all in memory (full file) or fetched when a quote is shown (lite payload). */
  texts: TurnTexts;
}

export async function fetchGraphList(): Promise<GraphListItem[]> {
  const response = await fetch('/api/graphs');
  if (!response.ok) throw new Error(`cannot list graphs (HTTP ${response.status})`);
  return ((await response.json()) as { graphs: GraphListItem[] }).graphs;
}

/** A graph as loaded, with the version of the file it came from (null: not from a file, or no version sent). */
export interface LoadedGraph {
  graph: KnowledgeGraph;
  version: string | null;
}

/** The header and endpoint the server gives a graph file's version in (src/server/graphs.ts). */
const VERSION_HEADER = 'X-Turngraph-Version';

/** Fetches a graph; `lite` asks for it without turn texts (a server that ignores ?lite sends them all). */
export async function fetchGraph(name: string, lite = false): Promise<LoadedGraph> {
  const response = await fetch(`/api/graphs/${encodeURIComponent(name)}${lite ? '?lite=1' : ''}`);
  if (!response.ok) throw new Error(`cannot load graph "${name}" (HTTP ${response.status})`);
  const json: unknown = await response.json();
  performance.mark('turngraph:graph-fetched');
  return { graph: parseGraph(json), version: response.headers.get(VERSION_HEADER) };
}

/** The version of a graph's file on disk now; null while the file is missing. Throws on HTTP errors. */
export async function fetchGraphVersion(name: string): Promise<string | null> {
  const response = await fetch(`/api/graphs/${encodeURIComponent(name)}/version`);
  if (!response.ok) throw new Error(`cannot read the version of "${name}" (HTTP ${response.status})`);
  const { version } = (await response.json()) as { version?: unknown };
  return typeof version === 'string' ? version : null;
}

/** Imports graphology's serialised form, checking the few fields the viewer relies on. */
export function parseGraph(data: unknown): KnowledgeGraph {
  const serialized = data as SerializedKnowledgeGraph;
  if (!serialized || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    throw new Error('not a turngraph graph file (no nodes/edges arrays)');
  }
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
  graph.import(serialized);
  const attrs = graph.getAttributes();
  if (!Array.isArray(attrs.turns)) graph.setAttribute('turns', []);
  if (!Array.isArray(attrs.documents)) graph.setAttribute('documents', []);
  graph.forEachNode((key, node) => {
    if (typeof node.x !== 'number' || typeof node.y !== 'number') {
      throw new Error(`node "${key}" has no x/y position (rebuild the graph with turngraph build)`);
    }
  });
  return graph;
}

export function indexGraph(graph: KnowledgeGraph, name = graph.getAttribute('name')): GraphIndex {
  const { turns, documents } = graph.getAttributes();
  const docOrder = new Map(documents.map((d, i) => [d.id, i]));
  const sorted = [...turns].sort(
    (a, b) => (docOrder.get(a.document) ?? 1e9) - (docOrder.get(b.document) ?? 1e9) || a.index - b.index,
  );
  const turnsById = new Map(sorted.map((t) => [t.id, t]));
  const turnOrder = new Map(sorted.map((t, i) => [t.id, i]));
  const turnsByDocument = new Map<string, Turn[]>();
  for (const turn of sorted) {
    const list = turnsByDocument.get(turn.document) ?? [];
    list.push(turn);
    turnsByDocument.set(turn.document, list);
  }
  const firstMention = new Map<string, { key: string; start: number }[]>();
  const turnsByNode = new Map<string, string[]>();
  graph.forEachNode((key, node) => {
    const seen = new Set<string>();
    for (const m of node.mentions ?? []) {
      if (!turnsById.has(m.turn)) continue;
      if (!seen.has(m.turn)) {
        seen.add(m.turn);
        const list = firstMention.get(m.turn) ?? [];
        list.push({ key, start: m.start });
        firstMention.set(m.turn, list);
      } else {
        const entry = firstMention.get(m.turn)!.find((e) => e.key === key)!;
        entry.start = Math.min(entry.start, m.start);
      }
    }
    turnsByNode.set(key, [...seen].sort((a, b) => turnOrder.get(a)! - turnOrder.get(b)!));
  });
  const entitiesByTurn = new Map<string, string[]>();
  for (const [turn, list] of firstMention) entitiesByTurn.set(turn, list.sort((a, b) => a.start - b.start).map((e) => e.key));
  const speakers = new Map<string, string>();
  const turnsBySpeaker = new Map<string, string[]>();
  const speakerDocuments = new Map<string, Set<string>>();
  for (const turn of sorted) {
    if (!turn.speaker) continue;
    const spoken = turnsBySpeaker.get(turn.speaker) ?? [];
    spoken.push(turn.id);
    turnsBySpeaker.set(turn.speaker, spoken);
    speakerDocuments.set(turn.speaker, (speakerDocuments.get(turn.speaker) ?? new Set()).add(turn.document));
    if (speakers.has(turn.speaker)) continue;
    speakers.set(turn.speaker, graph.hasNode(turn.speaker) ? graph.getNodeAttribute(turn.speaker, 'label') : turn.speakerLabel ?? turn.speaker);
  }
  const hints = graphHints(graph, speakers, speakerDocuments);
  return { turnsById, turnOrder, turnsByDocument, entitiesByTurn, turnsByNode, speakers, turnsBySpeaker, hints, texts: createTurnTexts(name, sorted) };
}

/** Document hints of the graph's nodes and of the speakers known only from their turns (one label space). */
function graphHints(graph: KnowledgeGraph, speakers: ReadonlyMap<string, string>, speakerDocuments: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string> {
  const named: Named[] = graph.mapNodes((key, node) => ({ key, label: node.label, documents: node.documents ?? [] }));
  for (const [key, label] of speakers) if (!graph.hasNode(key)) named.push({ key, label, documents: [...speakerDocuments.get(key) ?? []] });
  return documentHints(named, graph.getAttribute('documents'));
}

/**
 * Nodes (and documents) were merged into `graph` after it was indexed (a neighbourhood from Neo4j): a new node may
 * share a label with one already drawn, so `index.hints` is computed again, in place (views hold the index).
 */
export function refreshHints(graph: KnowledgeGraph, index: GraphIndex): void {
  const speakerDocuments = new Map<string, Set<string>>();
  for (const [key, turns] of index.turnsBySpeaker) speakerDocuments.set(key, new Set(turns.map((id) => index.turnsById.get(id)!.document)));
  const hints = graphHints(graph, index.speakers, speakerDocuments);
  index.hints.clear();
  for (const [key, hint] of hints) index.hints.set(key, hint);
}

/** The document hint of a turn's speaker when another node or speaker shares its label. */
export function speakerHint(turn: Turn, index: GraphIndex): string | undefined {
  return turn.speaker ? index.hints.get(turn.speaker) : undefined;
}

/** How a turn's speaker is shown: the speaker node's label, else the label as written, else its kind. */
export function speakerName(turn: Turn, index: GraphIndex): string {
  if (turn.speaker && index.speakers.has(turn.speaker)) return index.speakers.get(turn.speaker)!;
  if (turn.speakerLabel) return turn.speakerLabel;
  return turn.kind === 'narration' ? 'Narration' : '—';
}
