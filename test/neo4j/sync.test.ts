// turngraph sync against a real Neo4j: model, idempotence, re-sync after a transcript changed, several
// files sharing entities, dry-run, prune, whitelist refusal. Each test writes under its own namespace.
import { afterAll, describe, expect, it } from 'vitest';
import { syncGraphs, type SyncSummary } from '../../src/neo4j/sync.ts';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { cleanup, dumpState, graphOf, namespace, namespaced, neo4jForTests, query } from './server.ts';

const server = await neo4jForTests();
const used: string[] = [];
afterAll(async () => {
  if (server) for (const ns of used) await cleanup(server, ns);
});

function fresh(label: string): string {
  const ns = namespace(label);
  used.push(ns);
  return ns;
}
const sync = (data: SerializedKnowledgeGraph[], options = {}) => syncGraphs(server!.driver, server!.config, data.map(graphOf), { batchSize: 3, ...options });
const total = (s: SyncSummary, kind: 'created' | 'updated' | 'removed') => Object.values(s.counts).reduce((n, c) => n + c[kind], 0);

/** The zh transcript after an edit: the turn about 陶哲轩 and FrontierMath is gone. */
function editedZh(data: SerializedKnowledgeGraph, ns: string): SerializedKnowledgeGraph {
  const copy: SerializedKnowledgeGraph = JSON.parse(JSON.stringify(data));
  const gone = `${ns}/neo4j-small.zh#0`;
  copy.attributes!.turns = copy.attributes!.turns.filter((t) => t.id !== gone);
  copy.nodes = copy.nodes
    .map((n) => ({ ...n, attributes: { ...n.attributes!, mentions: n.attributes!.mentions.filter((m) => m.turn !== gone) } }))
    .filter((n) => n.key !== `${ns}/terence-tao`);
  // As a rebuild would: an entity belongs to the documents it is mentioned or speaks in.
  const docOf = new Map(copy.attributes!.turns.map((t) => [t.id, t.document]));
  for (const n of copy.nodes) {
    const spoken = copy.attributes!.turns.filter((t) => t.speaker === n.key).map((t) => t.document);
    n.attributes!.documents = [...new Set([...n.attributes!.mentions.map((m) => docOf.get(m.turn)!), ...spoken])].sort();
  }
  copy.edges = copy.edges
    .map((e) => ({ ...e, attributes: { ...e.attributes!, evidence: e.attributes!.evidence.filter((s) => s.turn !== gone) } }))
    .map((e) => ({ ...e, attributes: { ...e.attributes!, weight: e.attributes!.evidence.length } }))
    .filter((e) => e.attributes!.evidence.length > 0);
  return copy;
}

describe.skipIf(!server)('turngraph sync (real Neo4j)', () => {
  it('writes entities with a type label, typed relations with quotes, documents and turns', async () => {
    const ns = fresh('model');
    const summary = await sync([namespaced(ns)]);
    expect(summary.counts.entities.created).toBe(6);
    expect(summary.counts.documents.created).toBe(2);
    const people = await query<{ label: string }>(server!, 'MATCH (e:Entity:Person) WHERE e.key STARTS WITH $ns RETURN e.label AS label ORDER BY label', { ns });
    expect(people.map((p) => p.label)).toEqual(['Host (host)', 'Sam Altman', 'Terence Tao']);
    // The README's query: quotes that support the relation between OpenAI and o3.
    const quotes = await query<{ relation: string; quotes: string[] }>(
      server!,
      `MATCH (a:Entity {label: 'OpenAI'})-[r]->(b:Entity {label: 'o3'}) WHERE a.key STARTS WITH $ns AND type(r) <> 'CO_OCCURS'
       RETURN type(r) AS relation, r.quotes AS quotes`,
      { ns },
    );
    expect(quotes).toEqual([{ relation: 'RELEASED', quotes: ['OpenAI released o3', 'OpenAI 发布了 o3'] }]);
    const spans = await query<{ speaker: string; quote: string }>(
      server!,
      `MATCH (t:Turn)-[m:MENTIONS]->(e:Entity {label: 'Terence Tao'}) WHERE e.key STARTS WITH $ns
       RETURN t.speakerLabel AS speaker, substring(t.text, m.start, m.end - m.start) AS quote`,
      { ns },
    );
    expect(spans).toEqual([{ speaker: 'Sam Altman', quote: '陶哲轩' }]);
    const spoke = await query<{ n: number }>(server!, `MATCH (:Entity {key: $key})-[:SPOKE]->(t:Turn) RETURN count(t) AS n`, { key: `${ns}/sam-altman` });
    expect(spoke[0].n).toBe(3);
  });

  it('a second sync of the same file changes nothing', async () => {
    const ns = fresh('idem');
    const first = await sync([namespaced(ns)]);
    const before = await dumpState(server!, ns);
    const second = await sync([namespaced(ns)]);
    expect(first.changes).toBeGreaterThan(0);
    expect(second.changes).toBe(0);
    expect(await dumpState(server!, ns)).toEqual(before);
  });

  it('re-syncing an edited transcript gives exactly the state of a clean sync, keeping shared entities', async () => {
    const ns = fresh('edit');
    const clean = fresh('clean');
    await sync([namespaced(ns)]);
    const plan = await sync([editedZh(namespaced(ns), ns)], { dryRun: true });
    const resync = await sync([editedZh(namespaced(ns), ns)]);
    expect(plan.counts).toEqual(resync.counts); // --dry-run announces exactly what the sync then does
    expect(resync.counts.entities.removed).toBe(1); // Terence Tao was only in that turn
    expect(resync.counts.turns.removed).toBe(1);
    await sync([editedZh(namespaced(clean), clean)]);
    expect(await dumpState(server!, ns)).toEqual(await dumpState(server!, clean));
    const kept = await query<{ documents: string[] }>(server!, 'MATCH (e:Entity {key: $key}) RETURN e.documents AS documents', { key: `${ns}/frontiermath` });
    expect(kept).toEqual([{ documents: [`${ns}/neo4j-small.en`] }]);
  });

  it('graphs synced separately share entities; re-syncing one keeps the other document\'s evidence', async () => {
    const ns = fresh('multi');
    const full = namespaced(ns);
    const only = (data: SerializedKnowledgeGraph, doc: string): SerializedKnowledgeGraph => {
      const id = `${ns}/${doc}`;
      const turns = new Set(data.attributes!.turns.filter((t) => t.document === id).map((t) => t.id));
      const nodes = data.nodes
        .map((n) => ({ ...n, attributes: { ...n.attributes!, documents: n.attributes!.documents.filter((d) => d === id), mentions: n.attributes!.mentions.filter((m) => turns.has(m.turn)) } }))
        .filter((n) => n.attributes.documents.length > 0);
      const keys = new Set(nodes.map((n) => n.key));
      const edges = data.edges
        .map((e) => ({ ...e, attributes: { ...e.attributes!, evidence: e.attributes!.evidence.filter((s) => turns.has(s.turn)) } }))
        .map((e) => ({ ...e, attributes: { ...e.attributes, weight: e.attributes.evidence.length } }))
        .filter((e) => e.attributes.evidence.length > 0 && keys.has(e.source) && keys.has(e.target));
      return { ...data, attributes: { ...data.attributes!, documents: data.attributes!.documents.filter((d) => d.id === id), turns: data.attributes!.turns.filter((t) => t.document === id) }, nodes, edges };
    };
    await sync([only(full, 'neo4j-small.en')]);
    await sync([only(full, 'neo4j-small.zh')]);
    const released = () =>
      query<{ weight: number; quotes: string[] }>(server!, 'MATCH (:Entity {key: $a})-[r:RELEASED]->(:Entity {key: $b}) RETURN r.weight AS weight, r.quotes AS quotes', { a: `${ns}/openai`, b: `${ns}/o3` });
    expect(await released()).toEqual([{ weight: 2, quotes: ['OpenAI released o3', 'OpenAI 发布了 o3'] }]);
    const openai = await query<{ documents: string[] }>(server!, 'MATCH (e:Entity {key: $key}) RETURN e.documents AS documents', { key: `${ns}/openai` });
    expect(openai[0].documents).toEqual([`${ns}/neo4j-small.en`, `${ns}/neo4j-small.zh`]);
    // The zh transcript loses its sentence about the release: the en evidence stays.
    const zh = only(full, 'neo4j-small.zh');
    zh.edges = zh.edges.filter((e) => e.attributes!.type !== 'RELEASED');
    const summary = await sync([zh]);
    expect(summary.counts.relations.updated).toBeGreaterThanOrEqual(1);
    expect(await released()).toEqual([{ weight: 1, quotes: ['OpenAI released o3'] }]);
  });

  it('--dry-run reports the plan and writes nothing', async () => {
    const ns = fresh('dry');
    const plan = await sync([namespaced(ns)], { dryRun: true });
    expect(plan.dryRun).toBe(true);
    expect(plan.counts.entities.created).toBe(6);
    expect(await dumpState(server!, ns)).toEqual({ nodes: [], relationships: [] });
  });

  it('--prune removes a document that is in none of the synced graphs, and only its own content', async () => {
    const ns = fresh('prune');
    const a = namespaced(ns);
    await sync([a]);
    const enOnly: SerializedKnowledgeGraph = JSON.parse(JSON.stringify(a));
    enOnly.attributes!.documents = enOnly.attributes!.documents.filter((d) => d.id.endsWith('.en'));
    // Without --prune the zh document stays untouched.
    const zhId = `${ns}/neo4j-small.zh`;
    const graphWithoutZh = editedWithout(enOnly, zhId);
    const kept = await sync([graphWithoutZh]);
    expect(kept.counts.documents.removed).toBe(0);
    const others = await query<{ id: string }>(server!, 'MATCH (d:Document) WHERE NOT d.id STARTS WITH $ns RETURN d.id AS id', { ns });
    // prune would also remove other suites' documents in this shared database, so check it on the plan only.
    const plan = await sync([graphWithoutZh], { prune: true, dryRun: true });
    expect(plan.counts.documents.removed).toBe(1 + others.length);
  });

  it('refuses a relation type outside UPPER_SNAKE before writing anything', async () => {
    const ns = fresh('bad');
    const data = namespaced(ns);
    data.edges[0].attributes!.type = 'KNOWS]->(x) DETACH DELETE x //';
    await expect(sync([data])).rejects.toThrow(/relation type .* not UPPER_SNAKE/);
    expect(await dumpState(server!, ns)).toEqual({ nodes: [], relationships: [] });
  });
});

/** The graph with one document's turns, mentions and evidence removed (as a graph without that transcript). */
function editedWithout(data: SerializedKnowledgeGraph, documentId: string): SerializedKnowledgeGraph {
  const copy: SerializedKnowledgeGraph = JSON.parse(JSON.stringify(data));
  const turns = new Set(copy.attributes!.turns.filter((t) => t.document === documentId).map((t) => t.id));
  copy.attributes!.turns = copy.attributes!.turns.filter((t) => !turns.has(t.id));
  copy.nodes = copy.nodes
    .map((n) => ({ ...n, attributes: { ...n.attributes!, documents: n.attributes!.documents.filter((d) => d !== documentId), mentions: n.attributes!.mentions.filter((m) => !turns.has(m.turn)) } }))
    .filter((n) => n.attributes.documents.length > 0);
  const keys = new Set(copy.nodes.map((n) => n.key));
  copy.edges = copy.edges
    .map((e) => ({ ...e, attributes: { ...e.attributes!, evidence: e.attributes!.evidence.filter((s) => !turns.has(s.turn)) } }))
    .map((e) => ({ ...e, attributes: { ...e.attributes, weight: e.attributes.evidence.length } }))
    .filter((e) => e.attributes.evidence.length > 0 && keys.has(e.source) && keys.has(e.target));
  return copy;
}
