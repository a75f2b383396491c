// The quotes behind a drawn graph file, fetched when a view needs them (the first payload has no spans and no turns):
// a node's mentions and spoken turns, an edge's evidence, a document's turns, single turns. Answers are cached; each
// request names the drawn file's version, and a rewritten file is said (GraphChangedError), never read as this one.
import type { DocumentEntities, DocumentPage, QuotePage, StripTurn, TurnDetail } from '../../../src/server/payload.ts';
import { documentEntities, evidenceQuotes, evidenceTurns, mentionQuotes, nodeDocuments, speakerEntities, spokenQuotes, stripTurns, turnDetail, type QuoteStore } from '../../../src/server/quotes.ts';

/** Quotes the details panel shows before a "Show all" button (the strip asks the same page: one request, cached). */
export const FIRST_PAGE = 30;
/** Quotes per request when a list is read whole (the server's bound). */
export const QUOTE_BATCH = 200;

export interface QuoteSource {
  /** True for nodes and edges of the file (not merged in later, e.g. from Neo4j): those have quotes to fetch. */
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
  mentions(node: string, offset: number, limit: number): Promise<QuotePage>;
  spoken(node: string, offset: number, limit: number): Promise<QuotePage>;
  evidence(edge: string, offset: number, limit: number): Promise<QuotePage>;
  /** The ids of an edge's evidence turns in one document (the strip marks them). */
  evidenceTurns(edge: string, document: string): Promise<string[]>;
  /** A page of a node's documents (the payload names its first few). */
  documents(node: string, offset: number, limit: number): Promise<DocumentPage>;
  documentTurns(document: string): Promise<StripTurn[]>;
  /** The entities and relations' evidence counts of a document (what the document filter keeps). */
  documentEntities(document: string): Promise<DocumentEntities>;
  /** The entities mentioned in a speaker's turns (what the Speaker filter keeps). */
  speakerEntities(speaker: string): Promise<string[]>;
  turn(id: string): Promise<TurnDetail | null>;
}

/**
 * The server rewrote the graph file since the page loaded it (HTTP 409): the quotes asked for belong to the drawn
 * version, which is gone. `version` is the one on disk now (null: not known).
 */
export class GraphChangedError extends Error {
  constructor(message: string, readonly version: string | null) {
    super(message);
    this.name = 'GraphChangedError';
  }
}

export interface QuoteSourceOptions {
  /** The version of the file the graph was drawn from: every request names it, and the server refuses another. */
  version?: string | null;
  /** Called when the server says the file changed, with the version now on disk. */
  onChanged?: (version: string) => void;
}

/** `nodes`/`edges`: the keys the file has (read when the graph is loaded, before anything is merged in). */
export function createQuoteSource(graphName: string, nodes: Iterable<string>, edges: Iterable<string>, { version = null, onChanged }: QuoteSourceOptions = {}): QuoteSource {
  const base = `/api/graphs/${encodeURIComponent(graphName)}`;
  const nodeKeys = new Set(nodes);
  const edgeKeys = new Set(edges);
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(path: string, params: Record<string, string | number>): Promise<T> => {
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
    if (version !== null) query.set('version', version);
    const url = `${base}/${path}?${query}`;
    let job = cache.get(url) as Promise<T> | undefined;
    if (!job) {
      job = fetchJson<T>(url);
      job.catch((error: unknown) => {
        if (error instanceof GraphChangedError && error.version !== null) onChanged?.(error.version);
      });
      // A failed request is asked again next time.
      job.catch(() => cache.delete(url));
      cache.set(url, job);
    }
    return job;
  };
  return {
    hasNode: (key) => nodeKeys.has(key),
    hasEdge: (key) => edgeKeys.has(key),
    mentions: (node, offset, limit) => get('mentions', { node, offset, limit }),
    spoken: (node, offset, limit) => get('spoken', { node, offset, limit }),
    evidence: (edge, offset, limit) => get('evidence', { edge, offset, limit }),
    evidenceTurns: async (edge, document) => (await get<{ turns: string[] }>('evidence', { edge, document })).turns,
    documents: (node, offset, limit) => get('documents', { node, offset, limit }),
    documentTurns: async (document) => (await get<{ turns: StripTurn[] }>('turns', { document })).turns,
    documentEntities: (document) => get('entities', { document }),
    speakerEntities: async (speaker) => (await get<{ entities: string[] }>('entities', { speaker })).entities,
    turn: async (id) => (await get<{ turns: Record<string, TurnDetail> }>('turns', { ids: id })).turns[id] ?? null,
  };
}

/** The same answers from a quote store in memory (a whole graph file read in the page, e.g. from a static host). */
export function createLocalQuoteSource(store: QuoteStore, nodes: Iterable<string>, edges: Iterable<string>): QuoteSource {
  const nodeKeys = new Set(nodes);
  const edgeKeys = new Set(edges);
  const found = <T>(value: T | undefined, what: string): Promise<T> => (value === undefined ? Promise.reject(new Error(`no ${what} in this graph`)) : Promise.resolve(value));
  return {
    hasNode: (key) => nodeKeys.has(key),
    hasEdge: (key) => edgeKeys.has(key),
    mentions: (node, offset, limit) => found(mentionQuotes(store, node, offset, limit), `node "${node}"`),
    spoken: (node, offset, limit) => found(spokenQuotes(store, node, offset, limit), `node "${node}"`),
    evidence: (edge, offset, limit) => found(evidenceQuotes(store, edge, offset, limit), `edge "${edge}"`),
    evidenceTurns: (edge, document) => found(evidenceTurns(store, edge, document), `edge "${edge}"`),
    documents: (node, offset, limit) => found(nodeDocuments(store, node, offset, limit), `node "${node}"`),
    documentTurns: (document) => found(stripTurns(store, document), `document "${document}"`),
    documentEntities: (document) => Promise.resolve(documentEntities(store, document)),
    speakerEntities: (speaker) => Promise.resolve(speakerEntities(store, speaker)),
    turn: (id) => Promise.resolve(turnDetail(store, id) ?? null),
  };
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string; version?: unknown } | null;
    const message = body?.error ?? `HTTP ${response.status}`;
    if (response.status === 409) throw new GraphChangedError(message, typeof body?.version === 'string' ? body.version : null);
    throw new Error(message);
  }
  return (await response.json()) as T;
}
