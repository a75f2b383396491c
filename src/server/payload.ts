// The viewer's first payload: a graph file's nodes and edges with counts in place of their span arrays, its documents
// with their turn counts, and its speakers. Its size follows the graph, not the corpus. Pure; the viewer imports it too.
import type { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { DocumentInfo, EdgeAttrs, NodeAttrs, SerializedKnowledgeGraph, Span, Turn } from '../model.ts';

export interface ViewerNodeAttrs extends Omit<NodeAttrs, 'mentions'> {
  /** Mention spans in the file (the spans are served by /api/graphs/:name/mentions). */
  mentionCount: number;
  /**
   * Documents the entity is in. `documents` holds the first NODE_DOCUMENTS_SENT of them, in document order; the rest
   * are served by /api/graphs/:name/documents?node=, and /entities?document= says which entities a document has.
   */
  documentCount: number;
}

export interface ViewerEdgeAttrs extends Omit<EdgeAttrs, 'evidence'> {
  /** Evidence spans in the file (the spans are served by /api/graphs/:name/evidence). */
  evidenceCount: number;
  /**
   * [document index, evidence spans in that document] pairs, by document index: what the document filter counts. A
   * file's edge sends the first EDGE_DOCUMENTS_SENT; /entities?document= gives every edge's count in a document.
   */
  evidenceDocuments: [number, number][];
  /** Documents the evidence is in. */
  evidenceDocumentCount: number;
}

export interface ViewerDocument extends DocumentInfo {
  /** Turns of the document (ids `${id}#0` … `${id}#${turns - 1}`); missing for documents that came from Neo4j. */
  turns?: number;
}

/** Someone who speaks at least one turn (a node, or only a label in the transcript). */
export interface ViewerSpeaker {
  key: string;
  /** The speaker node's label, else the label as written. */
  label: string;
  /** Turns spoken. */
  turns: number;
  /** The first NODE_DOCUMENTS_SENT documents spoken in, in document order (a host speaks in every episode). */
  documents: string[];
  /** Documents spoken in. */
  documentCount: number;
}

export interface ViewerGraphAttrs {
  name: string;
  documents: ViewerDocument[];
  speakers: ViewerSpeaker[];
}

export type ViewerGraph = MultiDirectedGraph<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs>;
export type SerializedViewerGraph = SerializedGraph<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs>;

/**
 * The edges of the payload as a table, a row of numbers per edge: graphology's form spends ~200 bytes on an edge
 * (its key, both ends and every attribute name written out), a row a few dozen.
 */
export interface EdgeTable {
  /** Relation types, by index. */
  types: string[];
  /** Distinct rule lists, by index. */
  rules: string[][];
  /** Per edge: source and target (indices into the nodes), type, weight, rules, evidence count, evidence document
   * count, then the evidence documents sent as [document index, spans] pairs, flat. */
  rows: number[][];
  /** The keys that are not `${source}|${type}|${target}`, by row. */
  keys: Record<number, string>;
}

/** A document named by its index in the graph's documents (an id the list lacks stays written out). */
export type DocumentRef = number | string;

/**
 * What GET /api/graphs/:name?view=1 sends: graphology's form of the nodes and graph attributes with documents as
 * indices (an id per document per node was most of the nodes' bytes), the edges as a table.
 */
export interface ViewerPayload extends Omit<SerializedViewerGraph, 'edges' | 'nodes' | 'attributes'> {
  attributes: Omit<ViewerGraphAttrs, 'speakers'> & { speakers: (Omit<ViewerSpeaker, 'documents'> & { documents: DocumentRef[] })[] };
  nodes: { key: string; attributes: Omit<ViewerNodeAttrs, 'documents'> & { documents: DocumentRef[] } }[];
  edgeTable: EdgeTable;
}

/** A turn quoted in the details panel: its metadata and text, and the spans to highlight in it. */
export interface Quote {
  turn: Turn;
  spans: Span[];
}

/** One page of a node's or an edge's quotes, in conversation order. */
export interface QuotePage {
  /** Turns in the whole list. */
  total: number;
  offset: number;
  quotes: Quote[];
}

/** A turn of the conversation strip: no text but its first words, and the entities it mentions. */
export interface StripTurn extends Omit<Turn, 'text'> {
  head: string;
  /** Entities mentioned, in order of first mention. */
  entities: string[];
}

/** A turn opened on its own: its text and each entity it mentions with the spans that mention it. */
export interface TurnDetail {
  turn: Turn;
  entities: { key: string; spans: Span[] }[];
}

/**
 * Documents of a node (or speaker) the first payload names: the details panel shows five before "N more", the strip
 * and the document hints need the first. A hub of an archive is in thousands; those come on demand.
 */
export const NODE_DOCUMENTS_SENT = 5;

/**
 * Documents of an edge's evidence the first payload names with their span counts: the strip opens the first. A
 * relation between two hubs is in thousands; the document filter fetches the counts in the document it keeps.
 */
export const EDGE_DOCUMENTS_SENT = 1;

/** What /entities?document= answers (with the document id): what the document filter keeps. */
export interface DocumentEntities {
  /** Keys of the entities in the document. */
  entities: string[];
  /** [edge key, evidence spans in the document] of each relation with evidence there. */
  edges: [string, number][];
}

/** A page of a node's documents (ids, in document order). */
export interface DocumentPage {
  total: number;
  offset: number;
  documents: string[];
}

/** The key an edge has unless its file says otherwise. */
export function edgeKey(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/** The payload of a graph in graphology's form: the same nodes and attributes, the edges as a table. */
export function toViewerPayload(graph: SerializedViewerGraph): ViewerPayload {
  const { edges, nodes, attributes, ...rest } = graph;
  const nodeIndex = new Map(nodes.map((n, i) => [n.key, i]));
  const docIndex = new Map((attributes?.documents ?? []).map((d, i) => [d.id, i]));
  const ref = (id: string): DocumentRef => docIndex.get(id) ?? id;
  const types = new Map<string, number>();
  const rules = new Map<string, number>();
  const table: EdgeTable = { types: [], rules: [], rows: [], keys: {} };
  for (const [row, { key, source, target, attributes: a }] of edges.entries()) {
    const type = a?.type ?? '';
    if (!types.has(type)) types.set(type, table.types.push(type) - 1);
    const ruleList = a?.rules ?? [];
    const ruleKey = ruleList.join('\n');
    if (!rules.has(ruleKey)) rules.set(ruleKey, table.rules.push(ruleList) - 1);
    table.rows.push([nodeIndex.get(source)!, nodeIndex.get(target)!, types.get(type)!, a?.weight ?? 0, rules.get(ruleKey)!, a?.evidenceCount ?? 0, a?.evidenceDocumentCount ?? 0, ...(a?.evidenceDocuments ?? []).flat()]);
    if (key !== edgeKey(source, type, target)) table.keys[row] = key ?? String(row);
  }
  return {
    ...rest,
    attributes: {
      name: attributes?.name ?? '',
      documents: attributes?.documents ?? [],
      speakers: (attributes?.speakers ?? []).map((sp) => ({ ...sp, documents: sp.documents.map(ref) })),
    },
    nodes: nodes.map(({ key, attributes: a }) => ({ key, attributes: { ...a!, documents: (a?.documents ?? []).map(ref) } })),
    edgeTable: table,
  };
}

/** The payload back in graphology's form: documents and entities by id and key again, the edges out of their table. */
export function fromViewerPayload(payload: ViewerPayload): SerializedViewerGraph {
  const documents = payload.attributes?.documents ?? [];
  const keys = payload.nodes.map((n) => n.key);
  const id = (ref: DocumentRef) => (typeof ref === 'number' ? documents[ref]?.id ?? String(ref) : ref);
  return {
    options: payload.options,
    attributes: {
      name: payload.attributes?.name ?? '',
      documents,
      speakers: (payload.attributes?.speakers ?? []).map((sp) => ({ ...sp, documents: sp.documents.map(id) })),
    },
    nodes: payload.nodes.map(({ key, attributes: a }) => ({ key, attributes: { ...a, documents: (a.documents ?? []).map(id) } })),
    edges: edgesOfTable(payload.edgeTable, keys),
  };
}

/** The edges of a table back in graphology's form (`nodes`: the payload's node keys, in its order). */
export function edgesOfTable(table: EdgeTable, nodes: readonly string[]): NonNullable<SerializedViewerGraph['edges']> {
  // A plain indexed loop: this runs once per edge while the viewer waits for its first frame.
  const { rows, types, rules, keys } = table;
  const edges: NonNullable<SerializedViewerGraph['edges']> = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const [source, target, type] = [nodes[row[0]], nodes[row[1]], types[row[2]]];
    const evidenceDocuments: [number, number][] = [];
    for (let d = 7; d + 1 < row.length; d += 2) evidenceDocuments.push([row[d], row[d + 1]]);
    // Edges with the same rules share the list: the viewer never changes it.
    const attributes = { type, weight: row[3], rules: rules[row[4]], evidenceCount: row[5], evidenceDocumentCount: row[6], evidenceDocuments };
    edges[i] = { key: keys[i] ?? edgeKey(source, type, target), source, target, attributes };
  }
  return edges;
}

/** The document a turn id (`${document}#${index}`) belongs to. */
export function turnDocument(id: string): string {
  const at = id.lastIndexOf('#');
  return at < 0 ? id : id.slice(0, at);
}

/** The node as the viewer holds it, with all its documents (toViewerGraph keeps the first few of a file's nodes). */
export function toViewerNodeAttrs({ mentions, ...rest }: NodeAttrs, mentionCount = mentions?.length ?? 0): ViewerNodeAttrs {
  return { ...rest, mentionCount, documentCount: rest.documents?.length ?? 0 };
}

/** Document ids by position in the graph's documents (ids it does not list last, in their order). Not changed. */
export function inDocumentOrder(ids: readonly string[], docIndex: ReadonlyMap<string, number>): string[] {
  return [...ids].sort((a, b) => (docIndex.get(a) ?? 1e9) - (docIndex.get(b) ?? 1e9));
}

/** `documentOf` gives a span's document index (undefined: a turn the file does not have, counted but in no document). */
export function toViewerEdgeAttrs({ evidence, ...rest }: EdgeAttrs, documentOf: (turn: string) => number | undefined): ViewerEdgeAttrs {
  const counts = new Map<number, number>();
  for (const span of evidence ?? []) {
    const doc = documentOf(span.turn);
    if (doc !== undefined) counts.set(doc, (counts.get(doc) ?? 0) + 1);
  }
  return { ...rest, evidenceCount: evidence?.length ?? 0, evidenceDocuments: [...counts].sort((a, b) => a[0] - b[0]), evidenceDocumentCount: counts.size };
}

/** The viewer payload of a parsed graph file. The input is not changed. */
export function toViewerGraph(graph: SerializedKnowledgeGraph): SerializedViewerGraph {
  const attrs = graph.attributes ?? ({} as Partial<SerializedKnowledgeGraph['attributes']>);
  const turns: Turn[] = Array.isArray(attrs.turns) ? attrs.turns : [];
  const documents: DocumentInfo[] = Array.isArray(attrs.documents) ? attrs.documents : [];
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const turnCounts = new Map<string, number>();
  const turnsById = new Map<string, Turn>();
  for (const turn of turns) {
    turnsById.set(turn.id, turn);
    turnCounts.set(turn.document, (turnCounts.get(turn.document) ?? 0) + 1);
  }
  const documentOf = (turn: string) => {
    const t = turnsById.get(turn);
    return t ? docIndex.get(t.document) : undefined;
  };
  const nodes = graph.nodes.map((node) => {
    const attributes = toViewerNodeAttrs(node.attributes as NodeAttrs);
    return { ...node, attributes: { ...attributes, documents: inDocumentOrder(attributes.documents ?? [], docIndex).slice(0, NODE_DOCUMENTS_SENT) } };
  });
  const edges = graph.edges.map((edge) => {
    const attributes = toViewerEdgeAttrs(edge.attributes as EdgeAttrs, documentOf);
    return { ...edge, attributes: { ...attributes, evidenceDocuments: attributes.evidenceDocuments.slice(0, EDGE_DOCUMENTS_SENT) } };
  });
  return {
    options: graph.options,
    attributes: {
      name: attrs.name ?? '',
      documents: documents.map((d) => ({ ...d, turns: turnCounts.get(d.id) ?? 0 })),
      speakers: speakersOf(graph, inConversationOrder(turns, docIndex), docIndex),
    },
    nodes,
    edges,
  };
}

/** Turns by document order, then index (the order quotes and the strip follow). */
export function inConversationOrder(turns: readonly Turn[], docIndex: ReadonlyMap<string, number>): Turn[] {
  return [...turns].sort((a, b) => (docIndex.get(a.document) ?? 1e9) - (docIndex.get(b.document) ?? 1e9) || a.index - b.index);
}

/** The entities each turn mentions, in order of first mention: one pass over every node's mention spans. */
export function entitiesByTurnOf(graph: SerializedKnowledgeGraph): Map<string, string[]> {
  const firsts = new Map<string, { key: string; start: number }[]>();
  for (const node of graph.nodes) {
    const seen = new Map<string, { key: string; start: number }>();
    for (const m of node.attributes?.mentions ?? []) {
      const entry = seen.get(m.turn);
      if (entry) {
        if (m.start < entry.start) entry.start = m.start;
        continue;
      }
      const first = { key: node.key, start: m.start };
      seen.set(m.turn, first);
      const list = firsts.get(m.turn);
      if (list) list.push(first);
      else firsts.set(m.turn, [first]);
    }
  }
  const out = new Map<string, string[]>();
  for (const [turn, list] of firsts) out.set(turn, list.sort((a, b) => a.start - b.start).map((e) => e.key));
  return out;
}

/**
 * Speakers in the order they first speak. The entities of their turns (what the Speaker filter keeps) are served by
 * /api/graphs/:name/entities?speaker=: a host of every episode mentions most of the graph.
 */
function speakersOf(graph: SerializedKnowledgeGraph, sorted: readonly Turn[], docIndex: ReadonlyMap<string, number>): ViewerSpeaker[] {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes?.label]));
  const speakers = new Map<string, { label: string; turns: number; documents: Set<string> }>();
  for (const turn of sorted) {
    if (!turn.speaker) continue;
    let speaker = speakers.get(turn.speaker);
    if (!speaker) {
      speaker = { label: labels.get(turn.speaker) ?? turn.speakerLabel ?? turn.speaker, turns: 0, documents: new Set() };
      speakers.set(turn.speaker, speaker);
    }
    speaker.turns++;
    speaker.documents.add(turn.document);
  }
  const byDocOrder = (a: string, b: string) => (docIndex.get(a) ?? 1e9) - (docIndex.get(b) ?? 1e9) || a.localeCompare(b);
  return [...speakers].map(([key, s]) => ({
    key, label: s.label, turns: s.turns, documents: [...s.documents].sort(byDocOrder).slice(0, NODE_DOCUMENTS_SENT), documentCount: s.documents.size,
  }));
}
