// Test harness for the Neo4j suites: a real server, never a mock. Uses NEO4J_URI when set; otherwise the
// local dev server, started with `node scripts/neo4j.js start` if nothing answers. Without java/mvn the
// suites are skipped with a loud warning, except under CI=true, where that is a failure.
// Tests share the `neo4j` database (Community has one): each test namespaces its keys and deletes them after.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openDriver, resolveNeo4jConfig, type Neo4jConfig } from '../../src/neo4j/config.ts';
import { fromGraphJSON } from '../../src/graph/io.ts';
import type { KnowledgeGraph, SerializedKnowledgeGraph } from '../../src/model.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export interface TestServer {
  config: Neo4jConfig;
  driver: Driver;
}

async function answers(config: Neo4jConfig): Promise<boolean> {
  const driver = openDriver({ ...config, timeoutMs: 5000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function has(tool: string, args: string[]): boolean {
  return !spawnSync(tool, args, { stdio: 'ignore' }).error;
}

let shared: Promise<TestServer | null> | null = null;

/** The server the suites use, or null (suite skipped, loudly) when none can be had outside CI. */
export function neo4jForTests(): Promise<TestServer | null> {
  shared ??= (async () => {
    const config = resolveNeo4jConfig({ timeoutMs: 120_000 });
    if (!(await answers(config))) {
      if (process.env.NEO4J_URI) return unavailable(`NEO4J_URI=${process.env.NEO4J_URI} does not answer`);
      if (!has('java', ['-version']) || !has('mvn', ['-v'])) return unavailable('java and mvn are needed to start the local Neo4j');
      const started = spawnSync('node', [join(ROOT, 'scripts', 'neo4j.js'), 'start'], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
      if (started.status !== 0 || !(await answers(config))) return unavailable(`npm run neo4j:start failed:\n${started.stdout}${started.stderr}`);
    }
    return { config, driver: openDriver(config) };
  })();
  return shared;
}

function unavailable(reason: string): null {
  const banner = `\n${'!'.repeat(78)}\n!! NEO4J SUITE SKIPPED: ${reason}\n!! Run \`npm run neo4j:start\` or set NEO4J_URI to run it.\n${'!'.repeat(78)}\n`;
  if (process.env.CI === 'true') throw new Error(`Neo4j is required under CI=true: ${reason}`);
  process.stderr.write(banner);
  return null;
}

/** A unique prefix per test, so parallel suites and re-runs never touch each other's data. */
export function namespace(label: string): string {
  return `t${process.pid}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}-${label}`;
}

export function readFixture(name = 'neo4j-small.json'): SerializedKnowledgeGraph {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'graphs', name), 'utf8'));
}

/** The fixture with every document id, turn id and entity key prefixed by `ns` (spans stay valid). */
export function namespaced(ns: string, data: SerializedKnowledgeGraph = readFixture()): SerializedKnowledgeGraph {
  const copy: SerializedKnowledgeGraph = JSON.parse(JSON.stringify(data));
  const doc = (id: string) => `${ns}/${id}`;
  const turn = (id: string) => `${ns}/${id}`;
  const key = (k: string) => `${ns}/${k}`;
  const attrs = copy.attributes!;
  attrs.documents = attrs.documents.map((d) => ({ ...d, id: doc(d.id) }));
  attrs.turns = attrs.turns.map((t) => ({ ...t, id: turn(t.id), document: doc(t.document), speaker: t.speaker === null ? null : key(t.speaker) }));
  copy.nodes = copy.nodes.map((n) => ({
    ...n,
    key: key(n.key),
    attributes: { ...n.attributes!, documents: n.attributes!.documents.map(doc), mentions: n.attributes!.mentions.map((m) => ({ ...m, turn: turn(m.turn) })) },
  }));
  copy.edges = copy.edges.map((e) => ({ ...e, source: key(e.source), target: key(e.target), attributes: { ...e.attributes!, evidence: e.attributes!.evidence.map((s) => ({ ...s, turn: turn(s.turn) })) } }));
  return copy;
}

export function graphOf(data: SerializedKnowledgeGraph): KnowledgeGraph {
  return fromGraphJSON(JSON.parse(JSON.stringify(data)));
}

/** Deletes everything whose id/key starts with `ns`. */
export async function cleanup(server: TestServer, ns: string): Promise<void> {
  const session = server.driver.session({ database: server.config.database });
  try {
    for (const [label, prop] of [['Turn', 'id'], ['Entity', 'key'], ['Document', 'id']])
      await session.run(`MATCH (n:${label}) WHERE n.${prop} STARTS WITH $ns CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, { ns });
  } finally {
    await session.close();
  }
}

/** Every node and relationship under `ns`, as sorted plain JSON with the prefix removed: equal dumps = equal states. */
export async function dumpState(server: TestServer, ns: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const session = server.driver.session({ database: server.config.database });
  const strip = (value: unknown) => JSON.stringify(value).split(ns).join('NS');
  try {
    const nodes = await session.run(
      `MATCH (n) WHERE (n:Entity AND n.key STARTS WITH $ns) OR (n:Turn AND n.id STARTS WITH $ns) OR (n:Document AND n.id STARTS WITH $ns)
       RETURN labels(n) AS labels, properties(n) AS props`,
      { ns },
    );
    const rels = await session.run(
      `MATCH (a)-[r]->(b) WHERE coalesce(a.key, a.id) STARTS WITH $ns
       RETURN type(r) AS type, coalesce(a.key, a.id) AS from, coalesce(b.key, b.id) AS to, properties(r) AS props`,
      { ns },
    );
    const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      nodes: nodes.records.map((r) => strip({ labels: [...r.get('labels')].sort(), props: sortKeys(r.get('props')) })).sort(),
      relationships: rels.records.map((r) => strip({ type: r.get('type'), from: r.get('from'), to: r.get('to'), props: sortKeys(r.get('props')) })).sort(),
    };
  } finally {
    await session.close();
  }
}

export async function query<T = Record<string, unknown>>(server: TestServer, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = server.driver.session({ database: server.config.database });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}
