// The viewer's endpoint over real HTTP and a real Neo4j: rows plus the graph keys to light up, writes refused
// with 403, status telling whether Neo4j answers (and how to start one when it does not).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain } from '../../src/server/http.ts';
import { createCypherHandler } from '../../src/server/cypher.ts';
import { syncGraphs } from '../../src/neo4j/sync.ts';
import { cleanup, graphOf, namespace, namespaced, neo4jForTests } from './server.ts';

const server = await neo4jForTests();

async function listen(env: NodeJS.ProcessEnv): Promise<{ http: Server; url: string }> {
  const handler = chain([createCypherHandler({ rowLimit: 3 }, env)]);
  const http = createServer((req, res) => handler(req, res, () => ((res.statusCode = 404), res.end())));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}
const post = (url: string, body: unknown) => fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/cypher/status without a server', () => {
  it('says Neo4j is not reachable and how to start one', async () => {
    const { http, url } = await listen({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    try {
      const status = await (await fetch(`${url}/api/cypher/status`)).json();
      expect(status).toMatchObject({ configured: true, reachable: false });
      expect(status.hint).toMatch(/npm run neo4j:start/);
      const answer = await post(url, { query: 'RETURN 1' });
      expect(answer.status).toBe(503);
    } finally {
      http.close();
    }
  });
});

describe.skipIf(!server)('POST /api/cypher (real Neo4j)', () => {
  const ns = namespace('http');
  let url = '';
  let http: Server;
  beforeAll(async () => {
    await syncGraphs(server!.driver, server!.config, [graphOf(namespaced(ns))]);
    ({ http, url } = await listen({ NEO4J_URI: server!.config.uri, NEO4J_USERNAME: server!.config.username, NEO4J_PASSWORD: server!.config.password }));
  });
  afterAll(async () => {
    http?.close();
    await cleanup(server!, ns);
  });

  it('returns rows and the keys of the entities and relations in them', async () => {
    const response = await post(url, { query: "MATCH (a:Entity {label: 'OpenAI'})-[r:RELEASED]->(b) WHERE a.key STARTS WITH $ns RETURN a, r, b", params: { ns } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.keys).toEqual(['a', 'r', 'b']);
    expect(body.nodeKeys).toEqual([`${ns}/openai`, `${ns}/o3`]);
    expect(body.relationshipKeys).toEqual([`${ns}/openai|RELEASED|${ns}/o3`]);
    expect(body.rows[0].r.properties.quotes).toEqual(['OpenAI released o3', 'OpenAI 发布了 o3']);
  });
  it('stops at the row limit and says so', async () => {
    const body = await (await post(url, { query: 'UNWIND range(1, 10) AS x RETURN x' })).json();
    expect(body.rows).toHaveLength(3);
    expect(body.truncated).toBe(true);
  });
  it('refuses a CREATE with 403 and a clear message, writing nothing', async () => {
    const response = await post(url, { query: "CREATE (e:Entity {key: $k}) RETURN e", params: { k: `${ns}/evil` } });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/refused: read-only queries only \(CREATE is not allowed\)/);
    const check = await (await post(url, { query: 'MATCH (e:Entity {key: $k}) RETURN count(e) AS n', params: { k: `${ns}/evil` } })).json();
    expect(check.rows).toEqual([{ n: 0 }]);
  });
  it('reports a reachable server on /status and never sends credentials', async () => {
    const text = await (await fetch(`${url}/api/cypher/status`)).text();
    expect(JSON.parse(text)).toMatchObject({ reachable: true });
    expect(text).not.toContain(server!.config.password);
  });
  it('a syntax error is a 400 with the server message', async () => {
    const response = await post(url, { query: 'MATCH (n RETURN n' });
    expect(response.status).toBe(400);
  });
});
