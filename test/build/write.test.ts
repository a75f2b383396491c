// Tests for the streaming graph writer (src/build/write.ts): the same bytes as toGraphJSON, written atomically.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { graphJSONChunks, JSONMemo, writeGraphFileStreaming } from '../../src/build/write.ts';
import { toGraphJSON } from '../../src/graph/io.ts';
import { buildGraph, extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import type { KnowledgeGraph } from '../../src/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function builtGraph(): KnowledgeGraph {
  const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
  const docs = [...generateCorpus({ docs: 3, lang: 'mixed', seed: 9, sizeBytes: 30_000 })];
  return buildGraph(docs.map((d) => extractDocument({ id: d.name, path: d.name, text: d.text }, context)), { name: 'stream' });
}

describe('graphJSONChunks', () => {
  it('joins to exactly the bytes of toGraphJSON for a built graph', () => {
    const graph = builtGraph();
    expect(graph.size).toBeGreaterThan(10);
    expect([...graphJSONChunks(graph)].join('')).toBe(toGraphJSON(graph));
  });

  it('matches toGraphJSON for nodes and edges without attributes, empty graphs and odd strings', () => {
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    expect([...graphJSONChunks(graph)].join('')).toBe(toGraphJSON(graph));
    graph.replaceAttributes({ name: 'q"\\\n\u2028', documents: [], turns: [] });
    (graph as unknown as MultiDirectedGraph).addNode('a');
    (graph as unknown as MultiDirectedGraph).addNode('b', { label: '陶哲轩 "Tao"' });
    (graph as unknown as MultiDirectedGraph).addDirectedEdgeWithKey('e1', 'a', 'b');
    (graph as unknown as MultiDirectedGraph).addDirectedEdgeWithKey('e2', 'b', 'a', { type: 'X', weight: 2 });
    expect([...graphJSONChunks(graph)].join('')).toBe(toGraphJSON(graph));
  });
});

describe('writeGraphFileStreaming', () => {
  it('writes the file and leaves no temporary file behind', () => {
    const graph = builtGraph();
    const out = join(dir, 'g.json');
    writeFileSync(out, 'old');
    writeGraphFileStreaming(out, graph);
    expect(readFileSync(out, 'utf8')).toBe(toGraphJSON(graph));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('notes where each document, turn, node and edge lies in the file, multi-byte text and long turns included', () => {
    const graph = builtGraph();
    const turns = graph.getAttribute('turns');
    turns[1] = { ...turns[1], text: `陶哲轩 “FrontierMath” 🚀 ${'极难。'.repeat(2_000_000)}` }; // past the 4 MB buffer
    const out = join(dir, 'offsets.json');
    const offsets = { documents: [], turns: [], nodes: [], edges: [] };
    writeGraphFileStreaming(out, graph, null, offsets);
    const bytes = readFileSync(out);
    expect(bytes.toString('utf8')).toBe(toGraphJSON(graph));
    const records = (list: number[]) => Array.from({ length: list.length / 2 }, (_, i) => JSON.parse(bytes.toString('utf8', list[i * 2], list[i * 2 + 1])));
    const exported = JSON.parse(bytes.toString('utf8'));
    expect(records(offsets.documents)).toEqual(exported.attributes.documents);
    expect(records(offsets.turns)).toEqual(exported.attributes.turns);
    expect(records(offsets.nodes)).toEqual(exported.nodes);
    expect(records(offsets.edges)).toEqual(exported.edges);
    expect(offsets.edges.length / 2).toBe(graph.size);
  });

  it('writes turns larger than its buffer and multi-byte text across buffer boundaries intact', () => {
    const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
    const long = '陶哲轩评价 FrontierMath：“极难”。'.repeat(200_000); // ~5 M UTF-16 units, ~12 MB of UTF-8
    const turns = Array.from({ length: 3000 }, (_, i) => ({ id: `d#${i}`, document: 'd', index: i, kind: 'turn' as const, speaker: null, speakerLabel: null, section: null, text: i === 1 ? long : `第${i}段：OpenAI 发布 o3 🚀` }));
    graph.replaceAttributes({ name: 'big', documents: [], turns });
    const out = join(dir, 'big.json');
    writeGraphFileStreaming(out, graph);
    expect(readFileSync(out, 'utf8')).toBe(toGraphJSON(graph));
  });

  it('refuses a directory as the output path with a typed one-line error, keeping the folder intact', () => {
    expect(() => writeGraphFileStreaming(dir, builtGraph())).toThrow(/is a directory/);
  });
});

describe('JSONMemo', () => {
  const withMemo = (graph: KnowledgeGraph, memo: JSONMemo) => [...graphJSONChunks(graph, memo)].map((chunk) => chunk.toString()).join('');

  it('gives the bytes of a plain write, again after the layout moves, objects are replaced and turns are cut', () => {
    const graph = builtGraph();
    const memo = new JSONMemo();
    expect(withMemo(graph, memo)).toBe(toGraphJSON(graph));
    expect(withMemo(graph, memo)).toBe(toGraphJSON(graph)); // all from the memo

    // The layout moves every node; one node and one edge get new attribute objects; a turn is dropped.
    graph.forEachNode((node, attrs) => graph.mergeNodeAttributes(node, { x: attrs.x + 1, size: attrs.size * 2, color: '#000000' }));
    const node = graph.nodes()[3];
    graph.replaceNodeAttributes(node, { ...graph.getNodeAttributes(node), label: 'Renamed "node"', mentions: [] });
    const edge = graph.edges()[5];
    graph.replaceEdgeAttributes(edge, { ...graph.getEdgeAttributes(edge), weight: 99 });
    graph.setAttribute('turns', graph.getAttribute('turns').filter((_, i) => i !== 7));
    const expected = toGraphJSON(graph);
    expect(expected).toContain('Renamed \\"node\\"');
    expect(withMemo(graph, memo)).toBe(expected);
  });

  it('writes a node\'s mentions from the runs it is given, joined with commas', () => {
    const graph = builtGraph();
    const node = graph.filterNodes((_, attrs) => attrs.mentions.length >= 3)[0];
    const mentions = graph.getNodeAttribute(node, 'mentions');
    // Runs serialised elsewhere: the first mention alone, then the rest.
    const runs = [mentions.slice(0, 1), mentions.slice(1)].map((run) => Buffer.from(JSON.stringify(run).slice(1, -1)));
    const memo = new JSONMemo((attributes) => (attributes === graph.getNodeAttributes(node) ? runs : null));
    expect(withMemo(graph, memo)).toBe(toGraphJSON(graph));
    // A run that disagrees with the attributes shows up in the file: the runs are what is written.
    const wrong = new JSONMemo((attributes) => (attributes === graph.getNodeAttributes(node) ? runs.slice(1) : null));
    expect(withMemo(graph, wrong)).not.toBe(toGraphJSON(graph));
  });

  it('writes through writeGraphFileStreaming the same file as without a memo', () => {
    const graph = builtGraph();
    const memo = new JSONMemo();
    const out = join(dir, 'memo.json');
    writeGraphFileStreaming(out, graph, memo);
    writeGraphFileStreaming(out, graph, memo);
    expect(readFileSync(out, 'utf8')).toBe(toGraphJSON(graph));
  });
});
