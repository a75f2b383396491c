// Quotes asked of a graph file that was rebuilt under a running server (src/server/graphs.ts, ?version=): the page's
// version is refused with a one-line 409 naming the version on disk, never answered from the new file.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { createApiMiddleware } from '../../src/server/middleware.ts';
import type { QuotePage } from '../../src/server/payload.ts';
import { rebuiltGraph } from '../web/hand-graph.ts';

describe('quotes of a graph file rebuilt while the page is open', () => {
  let server: Server;
  let base: string;
  let dir: string;
  let live: string;
  const rewrite = (graph: SerializedKnowledgeGraph) => {
    writeFileSync(`${live}.tmp`, JSON.stringify(graph));
    renameSync(`${live}.tmp`, live);
  };
  const loadPayload = async () => (await fetch(`${base}/api/graphs/live?view=1`)).headers.get('x-turngraph-version')!;
  const get = async (path: string) => {
    const response = await fetch(`${base}/api/graphs/live/${path}`);
    return { status: response.status, body: (await response.json()) as QuotePage & { error?: string; version?: string | null; turns?: unknown } };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'turngraph-stale-'));
    live = join(dir, 'live.json');
    rewrite(rebuiltGraph((doc, i) => `In ${doc} turn ${i}: I work at Meta.`));
    const handler = createApiMiddleware([live]);
    server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end('not found'); }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('the version the payload came with gets its quotes; after a rebuild every quote route answers 409, with the new version', async () => {
    const drawn = await loadPayload();
    const before = await get(`mentions?node=meta&version=${encodeURIComponent(drawn)}`);
    expect(before.status).toBe(200);
    expect(before.body.quotes.map((q) => q.turn.text.slice(q.spans[0].start, q.spans[0].end))).toEqual(['Meta', 'Meta', 'Meta', 'Meta']);

    rewrite(rebuiltGraph((doc, i) => `Later, ${doc} turn ${i}: I left Meta.`));
    const onDisk = ((await (await fetch(`${base}/api/graphs/live/version`)).json()) as { version: string }).version;
    expect(onDisk).not.toBe(drawn);
    const v = `version=${encodeURIComponent(drawn)}`;
    for (const path of [`mentions?node=meta&${v}`, `spoken?node=meta&${v}`, `evidence?edge=nope&${v}`, `turns?document=ep01&${v}`, `turns?ids=${encodeURIComponent('ep01#0')}&${v}`]) {
      const { status, body } = await get(path);
      expect([path, status]).toEqual([path, 409]);
      expect(body.error).toBe('live.json has changed since this page loaded it: reload the graph');
      expect(body.version).toBe(onDisk);
      expect(JSON.stringify(body)).not.toContain('I left Meta');
    }

    // The reloaded page names the new version and reads the new file; a request without a version is answered as before.
    expect(await loadPayload()).toBe(onDisk);
    const after = await get(`mentions?node=meta&version=${encodeURIComponent(onDisk)}`);
    expect(after.status).toBe(200);
    expect(after.body.quotes[0].turn.text).toBe('Later, ep01 turn 0: I left Meta.');
    expect((await get('mentions?node=meta')).status).toBe(200);
  });
});
