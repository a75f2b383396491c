// The lite payload of a graph file: the graph without the turn texts (each turn keeps its id, speaker,
// section, document, index and a short head for the strip), and the texts served on demand by id.
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { SerializedKnowledgeGraph, Turn } from '../model.ts';

/** Characters of each turn's text kept in the lite payload (the conversation strip shows the first words). */
export const LITE_HEAD_CHARS = 80;
/** Most turn texts one /turns request may ask for. */
export const MAX_TURN_IDS = 200;

export interface LiteTurn extends Omit<Turn, 'text'> {
  head: string;
}

interface Prepared {
  /** The file's stat when it was read (its version, for the viewer). */
  info: Stats;
  lite: Buffer;
  texts: Map<string, string>;
}

/** One prepared file at a time per path: re-read only when the file changed (rebuilt graphs show up). */
const cache = new Map<string, Prepared>();
/** Preparations under way, by path and version: requests arriving meanwhile wait for the same one. */
const pending = new Map<string, Promise<Prepared>>();

/** Graph files from this size are prepared when the server starts (the viewer asks them lite: web/src/graph/data.ts). */
export const PREPARE_AT_START_BYTES = 2_000_000;

export async function prepareGraphFile(path: string): Promise<Prepared> {
  const info = await stat(path);
  const hit = cache.get(path);
  if (hit && hit.info.ino === info.ino && hit.info.mtimeMs === info.mtimeMs && hit.info.size === info.size) return hit;
  // A 150 MB file takes seconds to parse: a second request for it (a page reloaded, turn texts) must not parse it again.
  const key = `${path}\0${info.ino}:${info.mtimeMs}:${info.size}`;
  let job = pending.get(key);
  if (!job) {
    job = prepare(path, info).finally(() => pending.delete(key));
    pending.set(key, job);
  }
  return job;
}

/**
 * Starts preparing a large graph file, so that a viewer opened a few seconds later gets its lite payload at once;
 * errors are left for the request that meets them.
 */
export function prepareInBackground(path: string): void {
  stat(path)
    .then((info) => (info.size >= PREPARE_AT_START_BYTES ? prepareGraphFile(path) : null))
    .catch(() => {});
}

async function prepare(path: string, info: Stats): Promise<Prepared> {
  const graph = JSON.parse(await readFile(path, 'utf8')) as SerializedKnowledgeGraph;
  const turns: Turn[] = Array.isArray(graph.attributes?.turns) ? graph.attributes.turns : [];
  const texts = new Map<string, string>();
  const liteTurns: LiteTurn[] = turns.map(({ text, ...rest }) => {
    texts.set(rest.id, text ?? '');
    return { ...rest, head: (text ?? '').slice(0, LITE_HEAD_CHARS) };
  });
  const lite = Buffer.from(JSON.stringify({ ...graph, attributes: { ...graph.attributes, turns: liteTurns } }));
  const prepared = { info, lite, texts };
  cache.set(path, prepared);
  return prepared;
}

/** Parses ?ids=a,b,c (ids are URL-encoded; a turn id contains "#"), deduplicated, in the given order. */
export function parseTurnIds(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
}
