// Issue 4/5's Neo4j bench: sync of a generated 100k-entity / 500k-relationship graph with the batched UNWIND path
// (relationships/s), beside one-statement-per-row MERGE on a 5k-relationship slice in the same run, and the ratio.
// Uses NEO4J_URI when set, else the local server (started with scripts/neo4j.js if nothing answers).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openDriver, resolveNeo4jConfig } from '../src/neo4j/config.ts';
import { syncGraphs } from '../src/neo4j/sync.ts';
import { fromGraphJSON } from '../src/graph/io.ts';
import { generateGraph } from '../test/neo4j/generate.ts';
import { PeakMemory, argValue, fmtMB, fmtRatio, fmtSec, printTable } from './measure.ts';

const ENTITIES = Number(argValue('entities', '100000'));
const RELATIONS = Number(argValue('relations', '500000'));
const SLICE = Number(argValue('slice', '5000'));
const BATCH = Number(argValue('batch', '5000'));
const PREFIX = 'bench/';

const config = resolveNeo4jConfig({ timeoutMs: 300_000 });
const driver = openDriver(config);
try {
  await driver.verifyConnectivity();
} catch {
  if (process.env.NEO4J_URI) throw new Error(`NEO4J_URI=${config.uri} does not answer`);
  const started = spawnSync('node', [join(import.meta.dirname, '..', 'scripts', 'neo4j.js'), 'start'], { stdio: 'inherit', timeout: 900_000 });
  if (started.status !== 0) throw new Error('npm run neo4j:start failed');
}

async function run(cypher: string, params: Record<string, unknown> = {}) {
  const session = driver.session({ database: config.database });
  try {
    return await session.run(cypher, params);
  } finally {
    await session.close();
  }
}
async function wipe() {
  for (const [label, prop] of [['Turn', 'id'], ['Entity', 'key'], ['Document', 'id']])
    await run(`MATCH (n:${label}) WHERE n.${prop} STARTS WITH $p CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`, { p: PREFIX });
}

const memory = new PeakMemory().start();
await wipe();
let graph = fromGraphJSON(generateGraph({ entities: ENTITIES, relations: RELATIONS, documents: Math.max(1, Math.round(ENTITIES / 100)), prefix: PREFIX }));
process.stdout.write(`graph: ${graph.order} entities, ${graph.size} relationships, ${graph.getAttribute('turns').length} turns, ${graph.getAttribute('documents').length} documents; batch ${BATCH}\n`);

let started = performance.now();
const first = await syncGraphs(driver, config, [graph], { batchSize: BATCH });
const batchedSeconds = (performance.now() - started) / 1000;
started = performance.now();
const second = await syncGraphs(driver, config, [graph], { batchSize: BATCH });
const resyncSeconds = (performance.now() - started) / 1000;
if (second.changes !== 0) throw new Error(`second sync reported ${second.changes} changes`);

// One statement per row, auto-commit, the way a naive exporter writes: a fresh 5k slice between the same entities.
const slice = graph.edges().slice(0, SLICE).map((edge) => ({ source: graph.source(edge), target: graph.target(edge), key: `row/${edge}`, weight: graph.getEdgeAttribute(edge, 'weight') }));
graph = null as never;
started = performance.now();
for (const row of slice) {
  await run('MATCH (a:Entity {key: $source}), (b:Entity {key: $target}) MERGE (a)-[r:ROW_MERGE {key: $key}]->(b) SET r.weight = $weight', row);
}
const rowSeconds = (performance.now() - started) / 1000;
const peak = memory.stop();

const batchedRate = RELATIONS / batchedSeconds;
const rowRate = SLICE / rowSeconds;
printTable([
  ['path', 'relationships', 'time', 'relationships/s'],
  ['batched UNWIND sync (whole graph: entities, turns, mentions, relations)', String(RELATIONS), fmtSec(batchedSeconds), batchedRate.toFixed(0)],
  ['one MERGE statement per row (slice)', String(SLICE), fmtSec(rowSeconds), rowRate.toFixed(0)],
  ['re-sync of the same graph (no changes, reads + diff only)', String(RELATIONS), fmtSec(resyncSeconds), (RELATIONS / resyncSeconds).toFixed(0)],
]);
process.stdout.write(`batched / per-row: ${fmtRatio(batchedRate / rowRate)} (first sync made ${first.changes} changes; second ${second.changes})\n`);
process.stdout.write(`peak memory (RSS) of the bench process: ${fmtMB(peak)}\n`);
await wipe();
await driver.close();
