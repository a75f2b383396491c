// Killing the server mid-sync: SIGKILL the Neo4j JVM while a large sync runs, restart, re-run: the result is
// exactly the state of a clean sync (nothing lost, nothing doubled). Uses a separate local server (a free port,
// its own data under .neo4j/kill-test-PID, removed after) so suites sharing the dev server, and other test runs
// on the same machine, are not disturbed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver, resolveNeo4jConfig } from '../../src/neo4j/config.ts';
import { dumpState, neo4jForTests, query, ROOT, type TestServer } from './server.ts';
import { generateGraph } from './generate.ts';

const dev = await neo4jForTests();
const PORT = String(await freePort());
const INSTANCE = join(ROOT, '.neo4j', `kill-test-${process.pid}`);
const env = { ...process.env, NEO4J_BOLT_PORT: PORT, NEO4J_INSTANCE_DIR: INSTANCE, NEO4J_HEAP: '1g', NEO4J_PAGECACHE_MB: '256', NEO4J_URI: `bolt://127.0.0.1:${PORT}`, NEO4J_PASSWORD: 'turngraph-dev' };
const canKill = dev !== null && !process.env.NEO4J_URI; // a user's remote server cannot be killed from here
if (dev && process.env.NEO4J_URI) process.stderr.write('\n!! kill-mid-sync test skipped: it needs the local launcher, and NEO4J_URI points elsewhere\n');

const script = (command: string) => spawnSync('node', [join(ROOT, 'scripts', 'neo4j.js'), command], { cwd: ROOT, env, encoding: 'utf8', timeout: 600_000 });
const folder = mkdtempSync(join(tmpdir(), 'turngraph-kill-'));
afterAll(() => {
  if (canKill) script('stop');
  rmSync(folder, { recursive: true, force: true });
  rmSync(INSTANCE, { recursive: true, force: true });
});

describe.skipIf(!canKill)('killing Neo4j mid-sync', () => {
  it('re-running after a restart ends in exactly the state of a clean sync', async () => {
    const started = script('start');
    expect(started.status, started.stderr).toBe(0);
    const config = resolveNeo4jConfig({ uri: env.NEO4J_URI, password: env.NEO4J_PASSWORD, timeoutMs: 120_000 });
    let server: TestServer = { config, driver: openDriver(config) };
    const prefix = 'kill/';
    const file = join(folder, 'large.json');
    writeFileSync(file, JSON.stringify(generateGraph({ entities: 5_000, relations: 15_000, documents: 20, prefix })));
    const relationCount = async () => (await query<{ n: number }>(server, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'))[0].n;

    const sync = spawn('node', [join(ROOT, 'bin', 'turngraph.js'), 'sync', file, '--batch-size', '1000'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    sync.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => sync.on('exit', resolve));
    const deadline = Date.now() + 180_000;
    let seen = 0;
    while (Date.now() < deadline && (seen = await relationCount().catch(() => 0)) < 2000) await new Promise((r) => setTimeout(r, 100));
    expect(seen, 'the sync should have started writing relations').toBeGreaterThanOrEqual(2000);
    expect(seen).toBeLessThan(15_000);
    await server.driver.close();
    process.kill(Number(readFileSync(join(INSTANCE, 'neo4j.pid'), 'utf8')), 'SIGKILL');
    expect(await exited).not.toBe(0);
    expect(stderr.trim().split('\n').filter((line) => !line.startsWith('sync ')).pop()).toMatch(/^turngraph neo4j: /);

    expect(script('start').status).toBe(0);
    server = { config, driver: openDriver(config) };
    const rerun = spawnSync('node', [join(ROOT, 'bin', 'turngraph.js'), 'sync', file, '--batch-size', '1000'], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
    expect(rerun.status, rerun.stderr).toBe(0);
    const recovered = await dumpState(server, prefix);
    expect(await relationCount()).toBe(15_000);

    await query(server, 'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    const clean = spawnSync('node', [join(ROOT, 'bin', 'turngraph.js'), 'sync', file], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
    expect(clean.status, clean.stderr).toBe(0);
    const reference = await dumpState(server, prefix);
    expect(recovered.nodes.length).toBe(reference.nodes.length);
    expect(recovered.relationships.length).toBe(reference.relationships.length);
    expect(recovered).toEqual(reference);
    await server.driver.close();
  }, 900_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
