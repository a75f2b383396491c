// GEXF and GraphML read back with graphology's own parsers, CSV read back field by field, and the CLI's
// file handling (atomic writes, csv into a folder, a bad format as one line).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { toCSV, toGEXF, toGraphML } from '../../src/export/index.ts';
import { fromGraphJSON } from '../../src/graph/io.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'graphs', 'neo4j-small.json');
const graph = fromGraphJSON(JSON.parse(readFileSync(FIXTURE, 'utf8')));
const folder = mkdtempSync(join(tmpdir(), 'turngraph-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** RFC 4180 reader for the test: quoted fields, doubled quotes, line breaks inside quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

describe('GEXF', () => {
  it('opens with graphology-gexf: labels, colours, positions, sizes, types and evidence quotes', () => {
    const back = parseGexf(Graph, toGEXF(graph));
    expect(back.order).toBe(6);
    expect(back.size).toBe(5);
    const o3 = back.getNodeAttributes('o3');
    expect(o3).toMatchObject({ label: 'o3', type: 'model', color: '#2ca02c' });
    expect(o3.x).toBeCloseTo(graph.getNodeAttribute('o3', 'x'));
    const released = back.findEdge((_e, a) => a.type === 'RELEASED')!;
    expect(back.getEdgeAttribute(released, 'quotes')).toBe('OpenAI released o3 ¦ OpenAI 发布了 o3');
    expect(back.getEdgeAttribute(released, 'weight')).toBe(2);
  });
});

describe('GraphML', () => {
  it('opens with graphology-graphml with the same attributes', () => {
    const back = parseGraphml(Graph, toGraphML(graph));
    expect(back.order).toBe(6);
    expect(back.size).toBe(5);
    expect(back.getNodeAttributes('terence-tao')).toMatchObject({ label: 'Terence Tao', type: 'person', aliases: '陶哲轩', color: '#e4572e' });
    const co = back.findEdge('openai', 'o3', (_e, a) => a.type === 'CO_OCCURS')!;
    expect(back.getEdgeAttribute(co, 'quotes')).toContain(`It's "hard" \\ really.`);
  });
});

describe('CSV (neo4j-admin import layout)', () => {
  it('has :ID/:LABEL and :START_ID/:END_ID/:TYPE headers and round-trips quotes and backslashes', () => {
    const files = toCSV(graph);
    const nodes = readCsv(files['nodes.csv']);
    expect(nodes[0][0]).toBe('key:ID');
    expect(nodes[0].at(-1)).toBe(':LABEL');
    expect(nodes.find((row) => row[0] === 'o3')!.at(-1)).toBe('Entity;Model');
    const rels = readCsv(files['relationships.csv']);
    expect(rels[0].slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    const co = rels.find((row) => row[2] === 'CO_OCCURS' && row[0] === 'openai')!;
    const evidence = JSON.parse(co[5]) as { quote: string }[];
    expect(evidence.map((e) => e.quote)).toContain(`OpenAI released o3, and o3 was evaluated on FrontierMath. It's "hard" \\ really.`);
  });
});

describe('turngraph export (CLI)', () => {
  const cli = (args: string[]) => spawnSync('node', [join(ROOT, 'bin', 'turngraph.js'), 'export', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  it('writes csv into a folder and single-file formats to the given path, leaving no temp files', () => {
    expect(cli([FIXTURE, '--format', 'csv', '-o', join(folder, 'csv')]).status).toBe(0);
    expect(readdirSync(join(folder, 'csv')).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(cli([FIXTURE, '--format', 'gexf', '-o', join(folder, 'g.gexf')]).status).toBe(0);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('a bad format or a directory as output is one line and a non-zero exit', () => {
    const bad = cli([FIXTURE, '--format', 'pdf', '-o', join(folder, 'x')]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--format must be one of gexf, graphml, csv, cypher/);
    mkdirSync(join(folder, 'adir'));
    const dir = cli([FIXTURE, '--format', 'graphml', '-o', join(folder, 'adir')]);
    expect(dir.status).not.toBe(0);
    expect(dir.stderr).toMatch(/is a directory/);
  });
});
