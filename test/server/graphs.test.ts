// The graph-file endpoint and the static server over real HTTP: listing, one file, a file's version, unknown names,
// path traversal, and the one-line errors of `turngraph serve` for bad input.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiMiddleware } from '../../src/server/middleware.ts';
import { nameGraphFiles } from '../../src/server/graphs.ts';
import { createStaticHandler } from '../../src/server/static.ts';
import { chain } from '../../src/server/http.ts';
import { startViewer } from '../../src/server/serve.ts';
import { prepareGraphFile } from '../../src/server/turns.ts';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { fromViewerPayload, type ViewerPayload } from '../../src/server/payload.ts';

const run = promisify(execFile);
const FIXTURE = 'test/fixtures/graphs/tiny.json';

/** Serves `handler` (404 for what it passes on) on a free local port. */
async function listen(handler: ReturnType<typeof chain>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end('not found'); }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

describe('graph endpoint', () => {
  let server: Server;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'turngraph-server-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>viewer</title>');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    const handler = chain([createApiMiddleware([FIXTURE, FIXTURE]), createStaticHandler(dir)]);
    ({ server, base } = await listen(handler));
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the served files with unique names', async () => {
    const body = (await (await fetch(`${base}/api/graphs`)).json()) as { graphs: { name: string }[] };
    expect(body.graphs.map((g) => g.name)).toEqual(['tiny', 'tiny-2']);
  });

  it('returns a graph file as graphology JSON', async () => {
    const response = await fetch(`${base}/api/graphs/tiny`);
    expect(response.status).toBe(200);
    const graph = (await response.json()) as { nodes: unknown[]; attributes: { turns: unknown[] } };
    expect(graph.nodes.length).toBe(9);
    expect(graph.attributes.turns.length).toBe(7);
  });

  it('?view=1 sends the viewer payload: the same nodes and edges (a table) with counts instead of spans, no turns', async () => {
    const full = (await (await fetch(`${base}/api/graphs/tiny`)).json()) as SerializedKnowledgeGraph;
    const view = (await (await fetch(`${base}/api/graphs/tiny?view=1`)).json()) as ViewerPayload;
    expect(view.nodes.map((n) => n.key)).toEqual(full.nodes.map((n) => n.key));
    const { edges, nodes } = fromViewerPayload(view);
    expect(edges.map((e) => [e.key, e.source, e.target])).toEqual(full.edges.map((e) => [e.key, e.source, e.target]));
    for (const [i, node] of nodes.entries()) {
      const { mentions, ...rest } = full.nodes[i].attributes!;
      expect(node.attributes).toEqual({ ...rest, mentionCount: mentions.length, documentCount: rest.documents.length });
    }
    for (const [i, edge] of edges.entries()) {
      const { evidence, ...rest } = full.edges[i].attributes!;
      expect(edge.attributes).toEqual({ ...rest, evidenceCount: evidence.length, evidenceDocuments: [[0, evidence.length]], evidenceDocumentCount: 1 });
    }
    expect(view.attributes).not.toHaveProperty('turns');
    expect(view.attributes?.documents.map((d) => [d.id, d.turns])).toEqual([['tiny-interview.zh', 7]]);
    expect(fromViewerPayload(view).attributes?.speakers.map((s) => [s.key, s.turns, s.documents])).toEqual([['melissa-koide', 3, ['tiny-interview.zh']], ['sam-altman', 2, ['tiny-interview.zh']]]);
  });

  it('answers 404 for names it does not serve, including traversal attempts', async () => {
    for (const path of ['/api/graphs/nope', '/api/graphs/..%2Fpackage', '/api/graphs/%2E%2E%2F%2E%2E%2Fpackage.json']) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
  });

  it('serves only files inside the web root', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>viewer</title>');
    const traversal = await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`);
    expect(await traversal.text()).not.toContain('root:');
  });

  it('names files from their file names', () => {
    expect(nameGraphFiles(['a/x.json', 'b/x.json', 'c/my graph.json']).map((e) => e.name)).toEqual(['x', 'x-2', 'my-graph']);
  });
});

describe('graph file version', () => {
  let server: Server;
  let base: string;
  let dir: string;
  let live: string;
  const version = async (name = 'live') => {
    const response = await fetch(`${base}/api/graphs/${name}/version`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { version: string | null }).version;
  };
  /** Rewrites the served file the way `build --watch` does: a temp file in the same folder, then rename. */
  const rewrite = (text: string) => {
    writeFileSync(`${live}.tmp`, text);
    renameSync(`${live}.tmp`, live);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'turngraph-version-'));
    live = join(dir, 'live.json');
    copyFileSync(FIXTURE, live);
    const handler = createApiMiddleware([live]);
    ({ server, base } = await listen(handler));
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the version the graph was sent with (file and viewer payload), and stays while the file is untouched', async () => {
    const first = await version();
    expect(first).toMatch(/\S/);
    expect((await fetch(`${base}/api/graphs/live`)).headers.get('x-turngraph-version')).toBe(first);
    expect((await fetch(`${base}/api/graphs/live?view=1`)).headers.get('x-turngraph-version')).toBe(first);
    expect(await version()).toBe(first);
  });

  it('changes when the file is replaced by temp file + rename, even by the same bytes, and the new graph is served', async () => {
    const before = await version();
    const graph = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { nodes: unknown[] };
    rewrite(JSON.stringify({ ...graph, nodes: graph.nodes.slice(0, 3) }));
    const after = await version();
    expect(after).not.toBe(before);
    const response = await fetch(`${base}/api/graphs/live?view=1`);
    expect(response.headers.get('x-turngraph-version')).toBe(after);
    expect(((await response.json()) as { nodes: unknown[] }).nodes).toHaveLength(3);
    rewrite(readFileSync(FIXTURE, 'utf8'));
    rewrite(readFileSync(FIXTURE, 'utf8'));
    expect(await version()).not.toBe(after);
  });

  it('is null while the file is missing (no error), back once it is there again; unknown graphs are 404', async () => {
    renameSync(live, `${live}.away`);
    expect(await version()).toBeNull();
    renameSync(`${live}.away`, live);
    expect(await version()).toMatch(/\S/);
    expect((await fetch(`${base}/api/graphs/nope/version`)).status).toBe(404);
  });
});

describe('Vite dev server (npm start)', () => {
  it('serves the same graph endpoint and the app page', async () => {
    const viewer = await startViewer({ files: [FIXTURE], port: 0, dev: true });
    try {
      const list = (await (await fetch(`${viewer.url}api/graphs`)).json()) as { graphs: { name: string }[] };
      expect(list.graphs.map((g) => g.name)).toEqual(['tiny']);
      expect((await fetch(`${viewer.url}api/graphs/tiny`)).status).toBe(200);
      expect(await (await fetch(viewer.url)).text()).toContain('aria-label="Search"');
    } finally {
      await viewer.close();
    }
  });
});

describe('turngraph serve bad input', () => {
  it('a missing graph file: one line on stderr, non-zero exit', async () => {
    const error = await run(process.execPath, ['bin/turngraph.js', 'serve', 'no/such/graph.json', '--port', '0']).catch((e) => e);
    expect(error.code).not.toBe(0);
    expect(error.stderr.trim().split('\n')).toHaveLength(1);
    expect(error.stderr).toContain('no/such/graph.json');
  });

  it('an invalid port: one line on stderr, non-zero exit', async () => {
    const error = await run(process.execPath, ['bin/turngraph.js', 'serve', FIXTURE, '--port', 'abc']).catch((e) => e);
    expect(error.code).not.toBe(0);
    expect(error.stderr.trim().split('\n')).toHaveLength(1);
    expect(error.stderr).toContain('port');
  });
});

describe('prepared graph files', () => {
  it('are prepared once when two requests ask at the same time, and again after the file changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'turngraph-prepare-'));
    const file = join(dir, 'g.json');
    copyFileSync(FIXTURE, file);
    try {
      const [a, b] = await Promise.all([prepareGraphFile(file), prepareGraphFile(file)]);
      expect(b).toBe(a); // one parse, one payload and quote store in memory
      expect(await prepareGraphFile(file)).toBe(a);
      const graph = JSON.parse(readFileSync(FIXTURE, 'utf8'));
      graph.attributes.name = 'changed';
      writeFileSync(file, JSON.stringify(graph));
      const changed = await prepareGraphFile(file);
      expect(changed).not.toBe(a);
      expect(JSON.parse(changed.payload.toString()).attributes.name).toBe('changed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
