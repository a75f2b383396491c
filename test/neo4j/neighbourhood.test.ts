// GET /api/neighbourhood over real HTTP and a real Neo4j: the entity, its strongest neighbours (capped, with
// `truncated`) and the relationships among them; 404 unknown entity, 400 bad parameters, 503 Neo4j down.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPE_COLORS, type SerializedKnowledgeGraph, type Turn } from '../../src/model.ts';
import { syncGraphs } from '../../src/neo4j/sync.ts';
import { chain } from '../../src/server/http.ts';
import { createNeighbourhoodHandler } from '../../src/server/neighbourhood.ts';
import { cleanup, graphOf, namespace, namespaced, neo4jForTests } from './server.ts';

const server = await neo4jForTests();

async function listen(env: NodeJS.ProcessEnv): Promise<{ http: Server; url: string }> {
  const handler = chain([createNeighbourhoodHandler({}, env)]);
  const http = createServer((req, res) => handler(req, res, () => ((res.statusCode = 404), res.end())));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

/** A hub related to `spokes` entities, spoke i with weight i (one evidence span per unit), plus spoke 1 → spoke 2. */
export function starGraph(prefix: string, spokes: number): SerializedKnowledgeGraph {
  const document = `${prefix}/star`;
  const turns: Turn[] = [];
  const nodes: SerializedKnowledgeGraph['nodes'] = [];
  const edges: SerializedKnowledgeGraph['edges'] = [];
  const node = (key: string, label: string, i: number) => {
    const text = `${label} is in the star.`;
    const turn = `${document}#${i}`;
    turns.push({ id: turn, document, index: i, kind: 'turn', speaker: null, speakerLabel: 'Q', section: null, text });
    nodes.push({ key, attributes: { label, type: 'concept', aliases: [label], mentions: [{ turn, start: 0, end: label.length }], documents: [document], speaker: false, x: i, y: i % 3, size: 4, color: TYPE_COLORS.concept } });
    return turn;
  };
  const hubTurn = node(`${prefix}/hub`, 'Hub', 0);
  for (let i = 1; i <= spokes; i++) {
    node(`${prefix}/s${i}`, `Spoke ${i}`, i);
    const evidence = Array.from({ length: i }, () => ({ turn: hubTurn, start: 0, end: 3 }));
    edges.push({ key: `h${i}`, source: `${prefix}/hub`, target: `${prefix}/s${i}`, attributes: { type: 'LINKS_TO', evidence, weight: i, rules: ['test'] } });
  }
  edges.push({ key: 'x', source: `${prefix}/s${spokes}`, target: `${prefix}/s${spokes - 1}`, attributes: { type: 'CITES', evidence: [{ turn: hubTurn, start: 0, end: 3 }], weight: 1, rules: ['test'] } });
  edges.push({ key: 'y', source: `${prefix}/s1`, target: `${prefix}/s2`, attributes: { type: 'CITES', evidence: [{ turn: hubTurn, start: 0, end: 3 }], weight: 1, rules: ['test'] } });
  return { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: { name: 'star', documents: [{ id: document, title: 'Star', source: 'star.md', lang: 'en' }], turns }, nodes, edges };
}

describe('GET /api/neighbourhood when Neo4j is down', () => {
  it('answers 503 with the start hint', async () => {
    const { http, url } = await listen({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    try {
      const response = await fetch(`${url}/api/neighbourhood?id=anything`);
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.error).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
      expect(body.hint).toMatch(/npm run neo4j:start/);
    } finally {
      http.close();
    }
  });
});

describe.skipIf(!server)('GET /api/neighbourhood (real Neo4j)', () => {
  const ns = namespace('nbh');
  let url = '';
  let http: Server;
  const get = async (query: string) => {
    const response = await fetch(`${url}/api/neighbourhood?${query}`);
    return { status: response.status, body: await response.json() };
  };
  beforeAll(async () => {
    await syncGraphs(server!.driver, server!.config, [graphOf(namespaced(ns)), graphOf(starGraph(ns, 8))]);
    ({ http, url } = await listen({ NEO4J_URI: server!.config.uri, NEO4J_USERNAME: server!.config.username, NEO4J_PASSWORD: server!.config.password }));
  });
  afterAll(async () => {
    http?.close();
    await cleanup(server!, ns);
  });

  it("returns the entity, its neighbours and the relations among them with evidence and quotes", async () => {
    const { status, body } = await get(`id=${encodeURIComponent(`${ns}/openai`)}`);
    expect(status).toBe(200);
    expect(body.centre).toBe(`${ns}/openai`);
    expect(body.nodes[0]).toMatchObject({ key: `${ns}/openai`, attributes: { label: 'OpenAI', type: 'organization' } });
    expect(body.nodes[0].mentionCount).toBeGreaterThan(0);
    const labels = body.nodes.map((n: { attributes: { label: string } }) => n.attributes.label).sort();
    // OpenAI is related to o3 (RELEASED, CO_OCCURS) and Sam Altman (CEO_OF); o3 → FrontierMath is not its neighbour.
    expect(labels).toEqual(['OpenAI', 'Sam Altman', 'o3']);
    expect(body).toMatchObject({ neighbours: 2, truncated: false });
    const released = body.edges.find((e: { attributes: { type: string } }) => e.attributes.type === 'RELEASED');
    expect(released).toMatchObject({ source: `${ns}/openai`, target: `${ns}/o3`, attributes: { weight: 2 } });
    expect(released.quotes).toEqual(['OpenAI released o3', 'OpenAI 发布了 o3']);
    expect(released.attributes.evidence[0]).toEqual({ turn: `${ns}/neo4j-small.en#2`, start: 0, end: 18 });
    expect(body.edges.map((e: { attributes: { type: string } }) => e.attributes.type).sort()).toEqual(['CEO_OF', 'CO_OCCURS', 'RELEASED']);
    // The documents those entities belong to, with their titles.
    expect(body.documents.map((d: { id: string; title: string }) => [d.id.slice(ns.length + 1), d.title])).toEqual([
      ['neo4j-small.en', 'A small interview about o3'],
      ['neo4j-small.zh', '关于 o3 的小访谈'],
    ]);
  });

  it('caps the neighbours, strongest first, says it truncated, and keeps relations among the kept ones', async () => {
    const { status, body } = await get(`id=${encodeURIComponent(`${ns}/hub`)}&limit=3`);
    expect(status).toBe(200);
    expect(body.nodes.map((n: { attributes: { label: string } }) => n.attributes.label)).toEqual(['Hub', 'Spoke 8', 'Spoke 7', 'Spoke 6']);
    expect(body).toMatchObject({ neighbours: 8, truncated: true });
    const pairs = body.edges.map((e: { source: string; target: string; attributes: { type: string } }) => `${e.source.slice(ns.length + 1)} ${e.attributes.type} ${e.target.slice(ns.length + 1)}`).sort();
    expect(pairs).toEqual(['hub LINKS_TO s6', 'hub LINKS_TO s7', 'hub LINKS_TO s8', 's8 CITES s7']);
    const all = await get(`id=${encodeURIComponent(`${ns}/hub`)}&limit=8`);
    expect(all.body).toMatchObject({ neighbours: 8, truncated: false });
    expect(all.body.nodes).toHaveLength(9);
    expect(all.body.edges).toHaveLength(10);
  });

  it('answers 404 for an entity Neo4j does not have', async () => {
    const { status, body } = await get(`id=${encodeURIComponent(`${ns}/nobody`)}`);
    expect(status).toBe(404);
    expect(body.error).toMatch(/no entity with key ".*\/nobody" in Neo4j/);
  });

  it.each([
    ['', /\?id=<entity key> is required/],
    ['id=', /\?id=<entity key> is required/],
    ['id=x&limit=0', /limit must be an integer from 1 to 500/],
    ['id=x&limit=abc', /limit must be an integer/],
    ['id=x&limit=2.5', /limit must be an integer/],
    ['id=x&limit=501', /limit must be an integer from 1 to 500/],
    [`id=${'k'.repeat(1001)}`, /id longer than 1000/],
  ])('answers 400 for ?%s', async (query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it('refuses other methods with 405', async () => {
    const response = await fetch(`${url}/api/neighbourhood?id=x`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
