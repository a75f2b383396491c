// The graph-file endpoint: GET /api/graphs lists the served files, /api/graphs/:name returns one (?view=1: the viewer's
// payload; the rest on demand from /:name/mentions, /spoken, /documents, /evidence, /turns, /entities: quote-routes.ts,
// 409 when ?version= is not the file's any more), /:name/version its file's version (polled by the viewer).
// Only listed files are reachable.
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename, resolve } from 'node:path';
import { sendJson, type ApiHandler } from './http.ts';
import { answerQuotes, type QuoteRoute } from './quote-routes.ts';
import { prepareGraphFile } from './turns.ts';

export interface GraphFileEntry {
  /** URL-safe name, unique among the served files (file name without .json). */
  name: string;
  path: string;
}

/** Gives each graph file a unique URL name from its file name ("sample", "sample-2", …). */
export function nameGraphFiles(paths: string[]): GraphFileEntry[] {
  const used = new Set<string>();
  return paths.map((path) => {
    const stem = basename(path).replace(/\.json$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'graph';
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}`;
    used.add(name);
    return { name, path: resolve(path) };
  });
}

/** Connect-style handler for /api/graphs and /api/graphs/:name over a fixed list of files. */
export function createGraphHandler(paths: string[] | (() => string[])): ApiHandler {
  const entries = () => nameGraphFiles(typeof paths === 'function' ? paths() : paths);
  return async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/graphs')) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
    const rest = url.pathname.slice('/api/graphs'.length);
    const list = entries();
    if (rest === '' || rest === '/') {
      const items = await Promise.all(list.map(async (e) => ({ name: e.name, file: basename(e.path), ...(await describe(e.path)) })));
      return sendJson(res, 200, { graphs: items });
    }
    // /api/graphs/:name or /:name/SUB (a graph may itself be named like a SUB).
    const sub = /^\/[^/]+\/(turns|version|mentions|spoken|documents|evidence|entities)$/.exec(rest)?.[1] as QuoteRoute | 'version' | undefined;
    const name = decodeURIComponent(rest.slice(1, sub ? -(sub.length + 1) : undefined));
    const entry = list.find((e) => e.name === name);
    if (!entry) return sendJson(res, 404, { error: `no graph named "${name}"` });
    // A file missing for a moment (a writer that deletes before it writes) is no server error: version null.
    if (sub === 'version') return sendJson(res, 200, { version: await stat(entry.path).then(fileVersion, () => null) });
    let body: Buffer;
    let version: string;
    try {
      if (sub) {
        // Asked with the version the page drew (?version=): another version would answer with other turns and spans.
        const wanted = url.searchParams.get('version');
        if (wanted !== null && fileVersion(await stat(entry.path)) !== wanted) return sendChanged(res, entry.path);
        const { store, info } = await prepareGraphFile(entry.path);
        if (wanted !== null && fileVersion(info) !== wanted) return sendChanged(res, entry.path);
        const answer = answerQuotes(store, sub, url.searchParams);
        return sendJson(res, answer.status, answer.body);
      }
      // The version is read before the bytes: a file replaced in between is noticed again, never missed.
      if (url.searchParams.get('view') === '1') {
        const prepared = await prepareGraphFile(entry.path);
        [body, version] = [prepared.payload, fileVersion(prepared.info)];
      } else {
        version = fileVersion(await stat(entry.path));
        body = await readFile(entry.path);
      }
    } catch (error) {
      if (error instanceof SyntaxError) return sendJson(res, 422, { error: `${basename(entry.path)} is not valid JSON` });
      return sendJson(res, 404, { error: `cannot read ${basename(entry.path)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader(VERSION_HEADER, version);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** Response header carrying the served file's version (the same string /:name/version answers). */
export const VERSION_HEADER = 'X-Turngraph-Version';

/**
 * A file's version: inode, mtime and size, cheap to read on every poll. A rewrite by temp file + rename gives a new
 * inode even within one mtime tick; an unchanged file keeps its version. Opaque to the viewer, which only compares.
 */
export function fileVersion(info: Pick<Stats, 'ino' | 'mtimeMs' | 'size'>): string {
  return `${info.ino.toString(36)}-${Math.round(info.mtimeMs * 1000).toString(36)}-${info.size.toString(36)}`;
}

/**
 * 409: the file was rewritten since the page loaded the version it named, and what it asks for (turn numbers, spans)
 * means something else now. Says the version on disk, so the page can offer it without waiting for its next poll.
 */
async function sendChanged(res: ServerResponse, path: string): Promise<void> {
  const version = await stat(path).then(fileVersion, () => null);
  sendJson(res, 409, { error: `${basename(path)} has changed since this page loaded it: reload the graph`, version });
}

/** Reads the facts the picker shows, without failing the list on one bad file. */
async function describe(path: string): Promise<{ ok: boolean; bytes: number }> {
  try {
    const info = await stat(path);
    return { ok: info.isFile(), bytes: info.size };
  } catch {
    return { ok: false, bytes: 0 };
  }
}
