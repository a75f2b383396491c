// A graph file prepared for the viewer, once per file version: the first payload (payload.ts: nodes and edges with
// counts, no spans, no turns) as bytes, and the quote store (quotes.ts) the on-demand endpoints read.
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { SerializedKnowledgeGraph } from '../model.ts';
import { toViewerGraph, toViewerPayload } from './payload.ts';
import { createQuoteStore, type QuoteStore } from './quotes.ts';

export interface Prepared {
  /** The file's stat when it was read (its version, for the viewer). */
  info: Stats;
  /** The viewer payload, serialised. */
  payload: Buffer;
  store: QuoteStore;
}

/** One prepared file at a time per path: re-read only when the file changed (rebuilt graphs show up). */
const cache = new Map<string, Prepared>();
/** Preparations under way, by path and version: requests arriving meanwhile wait for the same one. */
const pending = new Map<string, Promise<Prepared>>();

/** Graph files from this size are prepared when the server starts. */
export const PREPARE_AT_START_BYTES = 2_000_000;

export async function prepareGraphFile(path: string): Promise<Prepared> {
  const info = await stat(path);
  const hit = cache.get(path);
  if (hit && hit.info.ino === info.ino && hit.info.mtimeMs === info.mtimeMs && hit.info.size === info.size) return hit;
  // A 150 MB file takes seconds to parse: a second request for it (a page reloaded, a quote) must not parse it again.
  const key = `${path}\0${info.ino}:${info.mtimeMs}:${info.size}`;
  let job = pending.get(key);
  if (!job) {
    job = prepare(path).finally(() => pending.delete(key));
    pending.set(key, job);
  }
  return job;
}

/**
 * Starts preparing a large graph file, so that a viewer opened a few seconds later gets its payload at once;
 * errors are left for the request that meets them.
 */
export function prepareInBackground(path: string): void {
  stat(path)
    .then((info) => (info.size >= PREPARE_AT_START_BYTES ? prepareGraphFile(path) : null))
    .catch(() => {});
}

async function prepare(path: string): Promise<Prepared> {
  // The version is the one of the bytes read: a file renamed over this path meanwhile is a later version, seen later.
  const handle = await open(path);
  const [info, text] = await Promise.all([handle.stat(), handle.readFile('utf8')]).finally(() => handle.close());
  const graph = JSON.parse(text) as SerializedKnowledgeGraph;
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) throw new SyntaxError('not a graph file (no nodes/edges arrays)');
  const prepared = { info, payload: Buffer.from(JSON.stringify(toViewerPayload(toViewerGraph(graph)))), store: createQuoteStore(graph) };
  cache.set(path, prepared);
  return prepared;
}

/** Parses ?ids=a,b,c (ids are URL-encoded; a turn id contains "#"), deduplicated, in the given order. */
export function parseTurnIds(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
}

/** Most turns one /turns?ids= request may ask for. */
export const MAX_TURN_IDS = 200;
