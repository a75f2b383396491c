// Faults a user meets, through the real CLI: server down, wrong password, unknown database, timeout,
// refused writes, a missing graph file. Each must be one line on stderr and a non-zero exit, never a stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, neo4jForTests } from './server.ts';

const server = await neo4jForTests();
const fixture = join(ROOT, 'test', 'fixtures', 'graphs', 'neo4j-small.json');

function turngraph(args: string[]) {
  const result = spawnSync('node', [join(ROOT, 'bin', 'turngraph.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NEO4J_URI: server?.config.uri ?? '', NEO4J_PASSWORD: server?.config.password ?? '', NEO4J_USERNAME: server?.config.username ?? '' },
  });
  const lines = result.stderr.split('\n').filter(Boolean);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

function expectOneLine(run: ReturnType<typeof turngraph>, pattern: RegExp) {
  expect(run.status).not.toBe(0);
  expect(run.lines).toHaveLength(1);
  expect(run.lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('faults without any server', () => {
  it('server down: sync and cypher say how to start one', () => {
    expectOneLine(turngraph(['sync', fixture, '--uri', 'bolt://127.0.0.1:1']), /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*neo4j:start/);
    expectOneLine(turngraph(['cypher', 'RETURN 1', '--uri', 'bolt://127.0.0.1:1']), /cannot reach Neo4j/);
  });
  it('a missing graph file is one line', () => {
    expectOneLine(turngraph(['sync', join(ROOT, 'no-such-graph.json'), '--uri', 'bolt://127.0.0.1:1']), /no-such-graph\.json: no such file \(build it first: turngraph build TRANSCRIPT -o .*no-such-graph\.json\)$/);
  });
  it('a write is refused before connecting', () => {
    expectOneLine(turngraph(['cypher', "MATCH (n) DETACH DELETE n", '--uri', 'bolt://127.0.0.1:1']), /refused: read-only queries only \(DETACH/);
  });
  it('a bad --param is one line', () => {
    expectOneLine(turngraph(['cypher', 'RETURN $x', '--param', 'novalue']), /--param must look like name=value/);
  });
});

describe.skipIf(!server)('faults against a real server', () => {
  it('wrong password', () => {
    expectOneLine(turngraph(['sync', fixture, '--password', 'definitely-wrong']), /rejected user "neo4j": wrong password/);
  });
  it('unknown database', () => {
    expectOneLine(turngraph(['sync', fixture, '--database', 'nosuchdb']), /database "nosuchdb" does not exist/);
    expectOneLine(turngraph(['cypher', 'RETURN 1', '--database', 'nosuchdb']), /database "nosuchdb" does not exist/);
  });
  it('a query past its time limit', () => {
    expectOneLine(turngraph(['cypher', 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)', '--timeout', '0.3']), /timed out/);
  });
  it('a syntax error', () => {
    expectOneLine(turngraph(['cypher', 'MATCH (n RETURN n']), /SyntaxError/);
  });
  it('runs a read query with parameters as a table and as JSON', () => {
    const table = turngraph(['cypher', 'RETURN $name AS name, $n + 1 AS next', '--param', 'name=陶哲轩', '--param', 'n=41']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/name\s+│ next\n/);
    expect(table.stdout).toMatch(/陶哲轩\s+│ 42/);
    const json = turngraph(['cypher', 'RETURN $list AS list', '--param', 'list=[1,"a"]', '--format', 'json']);
    expect(JSON.parse(json.stdout).rows).toEqual([{ list: [1, 'a'] }]);
  });
});
