// The graph-file endpoint: GET /api/graphs lists the served graph files, GET /api/graphs/:name returns one.
// Files are re-read on each request so a rebuilt graph shows up on reload; only the listed files are reachable.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { sendJson, type ApiHandler } from './http.ts';

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
    const name = decodeURIComponent(rest.slice(1));
    const entry = list.find((e) => e.name === name);
    if (!entry) return sendJson(res, 404, { error: `no graph named "${name}"` });
    let body: Buffer;
    try {
      body = await readFile(entry.path);
    } catch (error) {
      return sendJson(res, 404, { error: `cannot read ${basename(entry.path)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : body);
  };
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
