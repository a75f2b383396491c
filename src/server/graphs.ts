// The graph-file endpoint: GET /api/graphs lists the served graph files, GET /api/graphs/:name returns one.
// ?lite=1 drops the turn texts, served by /api/graphs/:name/turns?ids=…; only the listed files are reachable.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { sendJson, type ApiHandler } from './http.ts';
import { MAX_TURN_IDS, parseTurnIds, prepareGraphFile } from './turns.ts';

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
    // /api/graphs/:name or /api/graphs/:name/turns?ids=… (a graph may itself be named "turns").
    const turnsPath = /^\/[^/]+\/turns$/.test(rest);
    const name = decodeURIComponent(rest.slice(1, turnsPath ? -'/turns'.length : undefined));
    const entry = list.find((e) => e.name === name);
    if (!entry) return sendJson(res, 404, { error: `no graph named "${name}"` });
    const lite = url.searchParams.get('lite') === '1';
    let body: Buffer;
    try {
      if (turnsPath) {
        const ids = parseTurnIds(url.searchParams.get('ids'));
        if (ids.length === 0) return sendJson(res, 400, { error: 'ids: give one or more turn ids, comma-separated' });
        if (ids.length > MAX_TURN_IDS) return sendJson(res, 400, { error: `ids: at most ${MAX_TURN_IDS} turn ids per request (got ${ids.length})` });
        const { texts } = await prepareGraphFile(entry.path);
        const found: Record<string, string> = {};
        for (const id of ids) if (texts.has(id)) found[id] = texts.get(id)!;
        return sendJson(res, 200, { turns: found });
      }
      body = lite ? (await prepareGraphFile(entry.path)).lite : await readFile(entry.path);
    } catch (error) {
      if (error instanceof SyntaxError) return sendJson(res, 422, { error: `${basename(entry.path)} is not valid JSON` });
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
