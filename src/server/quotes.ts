// What the viewer fetches on demand, kept in memory per prepared graph file: a node's mentions, spoken turns and
// documents, an edge's evidence, a document's turns (the strip) and entities (its filter), a speaker's entities (theirs),
// single turns. Pure.
import type { SerializedKnowledgeGraph, Span, Turn } from '../model.ts';
import { entitiesByTurnOf, inConversationOrder, inDocumentOrder, type DocumentEntities, type DocumentPage, type QuotePage, type StripTurn, type TurnDetail } from './payload.ts';

/** Characters of a turn's text the strip gets (its first words and a tooltip). */
export const STRIP_HEAD_CHARS = 200;
/** Quotes one page holds at most. */
export const MAX_QUOTE_PAGE = 200;

export interface QuoteStore {
  /** The file's turns in conversation order (document order, then index): a turn's position here is its number. */
  byOrder: Turn[];
  /** Each turn's number, by id. */
  order: Map<string, number>;
  byDocument: Map<string, Turn[]>;
  /**
   * Spans as (turn number, start, end) triples, in the file's order: a number array, not an object and a copy of the
   * turn id per span (two million spans on a 100 MB corpus). Spans into turns the file lacks are left out.
   */
  mentions: Map<string, Int32Array>;
  evidence: Map<string, Int32Array>;
  /** Numbers of the turns each speaker speaks, in conversation order. */
  spoken: Map<string, number[]>;
  /** Entities mentioned in each turn, in order of first mention. */
  entitiesByTurn: ReadonlyMap<string, string[]>;
  /** Each node's documents, in document order. */
  nodeDocuments: Map<string, string[]>;
  /** Each document's entities (the nodes that list it), in the file's node order. */
  documentEntities: Map<string, string[]>;
  /** Each document's relations with evidence in it: [edge key, spans there], in the file's edge order. */
  documentEvidence: Map<string, [string, number][]>;
}

export function createQuoteStore(graph: SerializedKnowledgeGraph): QuoteStore {
  const entitiesByTurn = entitiesByTurnOf(graph);
  const attrs = graph.attributes;
  const docIndex = new Map((Array.isArray(attrs?.documents) ? attrs.documents : []).map((d, i) => [d.id, i]));
  const byOrder = inConversationOrder(Array.isArray(attrs?.turns) ? attrs.turns : [], docIndex);
  const order = new Map(byOrder.map((t, i) => [t.id, i]));
  const byDocument = new Map<string, Turn[]>();
  const spoken = new Map<string, number[]>();
  byOrder.forEach((turn, at) => {
    push(byDocument, turn.document, turn);
    if (turn.speaker) push(spoken, turn.speaker, at);
  });
  const mentions = new Map(graph.nodes.map((n) => [n.key, packSpans(n.attributes?.mentions, order)]));
  const evidence = new Map(graph.edges.map((e) => [e.key ?? '', packSpans(e.attributes?.evidence, order)]));
  const nodeDocuments = new Map<string, string[]>();
  const documentEntities = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const documents = inDocumentOrder(node.attributes?.documents ?? [], docIndex);
    nodeDocuments.set(node.key, documents);
    for (const document of documents) push(documentEntities, document, node.key);
  }
  const documentEvidence = new Map<string, [string, number][]>();
  for (const [key, triples] of evidence) {
    const counts = new Map<string, number>();
    for (let i = 0; i < triples.length; i += 3) {
      const document = byOrder[triples[i]].document;
      counts.set(document, (counts.get(document) ?? 0) + 1);
    }
    for (const [document, spans] of counts) push(documentEvidence, document, [key, spans]);
  }
  return { byOrder, order, byDocument, mentions, evidence, spoken, entitiesByTurn, nodeDocuments, documentEntities, documentEvidence };
}

/** A page of the documents a node is in, in document order. Undefined: no such node. */
export function nodeDocuments(store: QuoteStore, node: string, offset: number, limit: number): DocumentPage | undefined {
  const documents = store.nodeDocuments.get(node);
  return documents && { total: documents.length, offset, documents: documents.slice(offset, offset + limit) };
}

/** The entities mentioned in a speaker's turns (what the Speaker filter keeps), in key order; none for no speaker. */
export function speakerEntities(store: QuoteStore, speaker: string): string[] {
  const keys = new Set<string>();
  for (const at of store.spoken.get(speaker) ?? []) for (const key of store.entitiesByTurn.get(store.byOrder[at].id) ?? []) keys.add(key);
  return [...keys].sort();
}

/** What the document filter keeps: the entities that list the document, and the relations with evidence in it. */
export function documentEntities(store: QuoteStore, document: string): DocumentEntities {
  return { entities: store.documentEntities.get(document) ?? [], edges: store.documentEvidence.get(document) ?? [] };
}

/** The turns quoting a node, a page of them with the node's spans in each. Undefined: no such node. */
export function mentionQuotes(store: QuoteStore, node: string, offset: number, limit: number): QuotePage | undefined {
  const triples = store.mentions.get(node);
  if (!triples) return undefined;
  const byTurn = groupByTurn(triples);
  return page(store, [...byTurn.keys()].sort((a, b) => a - b), byTurn, offset, limit);
}

/** The turns a node speaks, a page of them with the node's own mentions in each (usually none). */
export function spokenQuotes(store: QuoteStore, node: string, offset: number, limit: number): QuotePage | undefined {
  const triples = store.mentions.get(node);
  if (!triples) return undefined;
  return page(store, store.spoken.get(node) ?? [], groupByTurn(triples), offset, limit);
}

/** The turns an edge's evidence is in, a page of them with its spans. */
export function evidenceQuotes(store: QuoteStore, edge: string, offset: number, limit: number): QuotePage | undefined {
  const triples = store.evidence.get(edge);
  if (!triples) return undefined;
  const byTurn = groupByTurn(triples);
  return page(store, [...byTurn.keys()].sort((a, b) => a - b), byTurn, offset, limit);
}

/** The ids of the turns of one document an edge's evidence is in, in order (the strip marks them). */
export function evidenceTurns(store: QuoteStore, edge: string, document: string): string[] | undefined {
  const triples = store.evidence.get(edge);
  if (!triples) return undefined;
  const turns = new Set<number>();
  for (let i = 0; i < triples.length; i += 3) if (store.byOrder[triples[i]].document === document) turns.add(triples[i]);
  return [...turns].sort((a, b) => a - b).map((at) => store.byOrder[at].id);
}

/** A document's turns for the strip, in order. Undefined: no turn of the file is in that document. */
export function stripTurns(store: QuoteStore, document: string): StripTurn[] | undefined {
  const turns = store.byDocument.get(document);
  if (!turns) return undefined;
  return turns.map(({ text, ...meta }) => ({ ...meta, head: (text ?? '').slice(0, STRIP_HEAD_CHARS), entities: store.entitiesByTurn.get(meta.id) ?? [] }));
}

/** A turn with its text and the spans of each entity it mentions. Undefined: no such turn. */
export function turnDetail(store: QuoteStore, id: string): TurnDetail | undefined {
  const at = store.order.get(id);
  if (at === undefined) return undefined;
  const entities = (store.entitiesByTurn.get(id) ?? []).map((key) => ({ key, spans: spansIn(store.mentions.get(key)!, at, id) }));
  return { turn: store.byOrder[at], entities };
}

function packSpans(spans: readonly Span[] | undefined, order: ReadonlyMap<string, number>): Int32Array {
  const triples = new Int32Array((spans?.length ?? 0) * 3);
  let used = 0;
  for (const span of spans ?? []) {
    const at = order.get(span.turn);
    if (at === undefined) continue; // a span into a turn the file does not have cannot be quoted
    triples[used++] = at;
    triples[used++] = span.start;
    triples[used++] = span.end;
  }
  return used === triples.length ? triples : triples.slice(0, used);
}

/** Each turn's (start, end) pairs, by turn number, in the file's order. */
function groupByTurn(triples: Int32Array): Map<number, number[]> {
  const byTurn = new Map<number, number[]>();
  for (let i = 0; i < triples.length; i += 3) {
    const list = byTurn.get(triples[i]);
    if (list) list.push(triples[i + 1], triples[i + 2]);
    else byTurn.set(triples[i], [triples[i + 1], triples[i + 2]]);
  }
  return byTurn;
}

/** The spans of these triples in turn number `at`. */
function spansIn(triples: Int32Array, at: number, turn: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < triples.length; i += 3) if (triples[i] === at) spans.push({ turn, start: triples[i + 1], end: triples[i + 2] });
  return spans;
}

function spansOf(turn: string, pairs: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < pairs.length; i += 2) spans.push({ turn, start: pairs[i], end: pairs[i + 1] });
  return spans;
}

function page(store: QuoteStore, turns: readonly number[], byTurn: ReadonlyMap<number, number[]>, offset: number, limit: number): QuotePage {
  const quotes = turns.slice(offset, offset + limit).map((at) => {
    const turn = store.byOrder[at];
    return { turn, spans: spansOf(turn.id, byTurn.get(at) ?? []) };
  });
  return { total: turns.length, offset, quotes };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
