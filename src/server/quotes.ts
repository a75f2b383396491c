// What the viewer fetches on demand, kept in memory per prepared graph file: a node's mentions and spoken turns, an
// edge's evidence, a document's turns for the strip, single turns with their entities. Pure over the parsed file.
import type { SerializedKnowledgeGraph, Span, Turn } from '../model.ts';
import { entitiesByTurnOf, inConversationOrder, type EvidencePage, type QuotePage, type StripTurn, type TurnDetail } from './payload.ts';

/** Characters of a turn's text the strip gets (its first words and a tooltip). */
export const STRIP_HEAD_CHARS = 200;
/** Quotes one page holds at most. */
export const MAX_QUOTE_PAGE = 200;

export interface QuoteStore {
  turns: Map<string, Turn>;
  /** Position of each turn in conversation order (document order, then index). */
  order: Map<string, number>;
  byDocument: Map<string, Turn[]>;
  /** Span arrays as parsed from the file. */
  mentions: Map<string, Span[]>;
  evidence: Map<string, Span[]>;
  /** Turns each speaker speaks, in conversation order. */
  spoken: Map<string, string[]>;
  /** Entities mentioned in each turn, in order of first mention. */
  entitiesByTurn: ReadonlyMap<string, string[]>;
}

/** `entitiesByTurn`: as entitiesByTurnOf gives it, when computed already (the payload needs it too). */
export function createQuoteStore(graph: SerializedKnowledgeGraph, entitiesByTurn = entitiesByTurnOf(graph)): QuoteStore {
  const attrs = graph.attributes;
  const docIndex = new Map((Array.isArray(attrs?.documents) ? attrs.documents : []).map((d, i) => [d.id, i]));
  const sorted = inConversationOrder(Array.isArray(attrs?.turns) ? attrs.turns : [], docIndex);
  const turns = new Map(sorted.map((t) => [t.id, t]));
  const order = new Map(sorted.map((t, i) => [t.id, i]));
  const byDocument = new Map<string, Turn[]>();
  const spoken = new Map<string, string[]>();
  for (const turn of sorted) {
    push(byDocument, turn.document, turn);
    if (turn.speaker) push(spoken, turn.speaker, turn.id);
  }
  const mentions = new Map(graph.nodes.map((n) => [n.key, n.attributes?.mentions ?? []]));
  const evidence = new Map(graph.edges.map((e) => [e.key ?? '', e.attributes?.evidence ?? []]));
  return { turns, order, byDocument, mentions, evidence, spoken, entitiesByTurn };
}

/** The turns quoting a node, a page of them with the node's spans in each. Undefined: no such node. */
export function mentionQuotes(store: QuoteStore, node: string, offset: number, limit: number): QuotePage | undefined {
  const spans = store.mentions.get(node);
  if (!spans) return undefined;
  const byTurn = groupByTurn(store, spans);
  const ids = [...byTurn.keys()].sort((a, b) => store.order.get(a)! - store.order.get(b)!);
  return page(store, ids, byTurn, offset, limit);
}

/** The turns a node speaks, a page of them with the node's own mentions in each (usually none). */
export function spokenQuotes(store: QuoteStore, node: string, offset: number, limit: number): QuotePage | undefined {
  const spans = store.mentions.get(node);
  if (!spans) return undefined;
  return page(store, store.spoken.get(node) ?? [], groupByTurn(store, spans), offset, limit);
}

/** The turns an edge's evidence is in, a page of them with its spans, and the ids of them all. */
export function evidenceQuotes(store: QuoteStore, edge: string, offset: number, limit: number): EvidencePage | undefined {
  const spans = store.evidence.get(edge);
  if (!spans) return undefined;
  const byTurn = groupByTurn(store, spans);
  const ids = [...byTurn.keys()].sort((a, b) => store.order.get(a)! - store.order.get(b)!);
  return { ...page(store, ids, byTurn, offset, limit), turns: ids };
}

/** A document's turns for the strip, in order. Undefined: no turn of the file is in that document. */
export function stripTurns(store: QuoteStore, document: string): StripTurn[] | undefined {
  const turns = store.byDocument.get(document);
  if (!turns) return undefined;
  return turns.map(({ text, ...meta }) => ({ ...meta, head: (text ?? '').slice(0, STRIP_HEAD_CHARS), entities: store.entitiesByTurn.get(meta.id) ?? [] }));
}

/** A turn with its text and the spans of each entity it mentions. Undefined: no such turn. */
export function turnDetail(store: QuoteStore, id: string): TurnDetail | undefined {
  const turn = store.turns.get(id);
  if (!turn) return undefined;
  const entities = (store.entitiesByTurn.get(id) ?? []).map((key) => ({ key, spans: store.mentions.get(key)!.filter((m) => m.turn === id) }));
  return { turn, entities };
}

function groupByTurn(store: QuoteStore, spans: readonly Span[]): Map<string, Span[]> {
  const byTurn = new Map<string, Span[]>();
  // A span into a turn the file does not have cannot be quoted.
  for (const span of spans) if (store.turns.has(span.turn)) push(byTurn, span.turn, span);
  return byTurn;
}

function page(store: QuoteStore, ids: readonly string[], byTurn: ReadonlyMap<string, Span[]>, offset: number, limit: number): QuotePage {
  const quotes = ids.slice(offset, offset + limit).map((id) => ({ turn: store.turns.get(id)!, spans: byTurn.get(id) ?? [] }));
  return { total: ids.length, offset, quotes };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
