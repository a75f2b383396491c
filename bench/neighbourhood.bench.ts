// The viewer's "Expand neighbourhood (Neo4j)" at scale: latency and payload of GET /api/neighbourhood's query
// (loadNeighbourhood) for a hub and an ordinary node of a generated graph, beside the size of the whole graph file.
// `npm run bench -- --only neighbourhood [--entities N --relations M --hub H]`; uses NEO4J_URI or the local server.
import { toGraphJSON, fromGraphJSON } from '../src/graph/io.ts';
import { openDriver, resolveNeo4jConfig } from '../src/neo4j/config.ts';
import { loadNeighbourhood } from '../src/neo4j/neighbourhood.ts';
import { syncGraphs } from '../src/neo4j/sync.ts';
import { generateGraph } from '../test/neo4j/generate.ts';
import { argValue, printTable } from './measure.ts';
import { loadavg } from 'node:os';

const ENTITIES = Number(argValue('entities', '5000'));
const RELATIONS = Number(argValue('relations', '25000'));
const HUB = Number(argValue('hub', '2000'));
const RUNS = 5;
const PREFIX = 'benchnbh/';

const config = resolveNeo4jConfig({ timeoutMs: 300_000 });
const driver = openDriver(config);
async function wipe(): Promise<void> {
  const session = driver.session({ database: config.database });
  try {
    for (const [label, prop] of [['Turn', 'id'], ['Entity', 'key'], ['Document', 'id']])
      await session.run(`MATCH (n:${label}) WHERE n.${prop} STARTS WITH $p CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`, { p: PREFIX });
  } finally {
    await session.close();
  }
}

try {
  await driver.verifyConnectivity();
  await wipe();
  const data = generateGraph({ entities: ENTITIES, relations: RELATIONS, documents: Math.max(1, Math.round(ENTITIES / 100)), prefix: PREFIX });
  // One hub related to HUB entities with rising weights, so the cap and the ranking have work to do.
  const hub = data.nodes[0];
  for (let i = 1; i <= Math.min(HUB, ENTITIES - 1); i++) {
    const other = data.nodes[i];
    data.edges.push({ key: `hub${i}`, source: hub.key, target: other.key, attributes: { type: 'LINKS_TO', weight: 1 + (i % 17), rules: ['bench'], evidence: [{ ...hub.attributes!.mentions[0] }] } });
  }
  const graph = fromGraphJSON(data);
  const fileBytes = Buffer.byteLength(toGraphJSON(graph));
  process.stdout.write(`graph: ${graph.order} entities, ${graph.size} relationships; graph file ${(fileBytes / 1e6).toFixed(1)} MB; syncing…\n`);
  let started = performance.now();
  await syncGraphs(driver, config, [graph], { batchSize: 5000 });
  process.stdout.write(`synced in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  const ordinary = data.nodes[Math.floor(ENTITIES / 2)].key;
  const rows: string[][] = [['node', 'degree', 'limit', 'nodes', 'edges', 'median ms', 'payload KB', 'payload / graph file']];
  for (const [name, key, limit] of [['hub', hub.key, 50], ['hub', hub.key, 500], ['ordinary', ordinary, 50]] as const) {
    const times: number[] = [];
    let bytes = 0;
    let shape = { nodes: 0, edges: 0 };
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      const hood = await loadNeighbourhood(driver, config, key, { limit });
      times.push(performance.now() - started);
      bytes = Buffer.byteLength(JSON.stringify(hood));
      shape = { nodes: hood.nodes.length, edges: hood.edges.length };
    }
    times.sort((a, b) => a - b);
    rows.push([name, String(graph.degree(key)), String(limit), String(shape.nodes), String(shape.edges), times[Math.floor(RUNS / 2)].toFixed(0), (bytes / 1024).toFixed(1), `1/${Math.round(fileBytes / bytes)}`]);
  }
  printTable(rows);
  process.stdout.write(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores, shared)\n`);
} finally {
  await wipe();
  await driver.close();
}
