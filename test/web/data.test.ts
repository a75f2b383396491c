// web/src/graph/data.ts: refreshHints gives a grown graph (a neighbourhood from Neo4j merged in) the hints a fresh index
// would have, in the same Map; readGraph takes the viewer payload, or a whole graph file with its quotes in memory.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { EdgeAttrs, GraphAttrs, NodeAttrs, SerializedKnowledgeGraph, Turn } from '../../src/model.ts';
import { indexGraph, readGraph, refreshHints } from '../../web/src/graph/data.ts';
import { mergeDocuments } from '../../web/src/graph/merge.ts';
import { toViewerGraph, toViewerNodeAttrs, toViewerPayload } from '../../src/server/payload.ts';
import { viewerGraphOf } from './viewer-graph.ts';

const person = (label: string, documents: string[]): NodeAttrs => ({ label, type: 'person', aliases: [], mentions: [], documents, speaker: false, x: 0, y: 0, size: 4, color: '#999' });
const doc = (id: string, title: string) => ({ id, title, source: `${id}.md`, lang: 'en' as const });

function twoDocuments() {
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
  const turns: Turn[] = [{ id: 'b#0', document: 'b', index: 0, kind: 'turn', speaker: 'guest@b', speakerLabel: 'Guest', section: null, text: 'hi' }];
  graph.replaceAttributes({ name: 'g', documents: [doc('a', 'Robots'), doc('b', 'Phones')], turns });
  graph.addNode('sam', person('Sam Altman', ['a']));
  return viewerGraphOf(graph);
}

describe('refreshHints', () => {
  it('a merged node sharing a label gives both their document, in the Map the views hold', () => {
    const graph = twoDocuments();
    const index = indexGraph(graph);
    const hints = index.hints;
    expect(Object.fromEntries(hints)).toEqual({});
    graph.addNode('sam-2', toViewerNodeAttrs(person('Sam Altman', ['c'])));
    mergeDocuments(graph, [doc('c', 'Chips')]);
    refreshHints(graph, index);
    expect(index.hints).toBe(hints);
    expect(Object.fromEntries(hints)).toEqual({ sam: 'Robots', 'sam-2': 'Chips' });
    expect(hints).toEqual(indexGraph(graph).hints);
  });

  it('speakers known only from their turns still count (a merged node named like one)', () => {
    const graph = twoDocuments();
    const index = indexGraph(graph);
    graph.addNode('guest-2', toViewerNodeAttrs(person('Guest', ['a'])));
    refreshHints(graph, index);
    expect(Object.fromEntries(index.hints)).toEqual({ 'guest@b': 'Phones', 'guest-2': 'Robots' });
  });
});

describe('readGraph', () => {
  const file = JSON.parse(readFileSync('test/fixtures/graphs/tiny.json', 'utf8')) as SerializedKnowledgeGraph;

  it('a whole graph file (a static host ignores ?view=1) becomes the payload, its quotes served from memory', async () => {
    const { graph, quotes } = readGraph(JSON.parse(JSON.stringify(file)));
    expect(graph.order).toBe(file.nodes.length);
    expect(graph.getNodeAttributes('o3')).not.toHaveProperty('mentions');
    expect(graph.getNodeAttribute('o3', 'mentionCount')).toBe(3);
    expect(quotes).toBeDefined();
    const page = await quotes!.mentions('o3', 0, 30);
    expect(page.quotes.map((q) => q.turn.text.slice(q.spans[0].start, q.spans[0].end))).toEqual(['o3', 'o3', 'o3']);
    expect((await quotes!.documentTurns('tiny-interview.zh')).map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    await expect(quotes!.mentions('nobody', 0, 30)).rejects.toThrow(/no node "nobody"/);
    // What the filters and "N more" fetch from a server, the same from memory.
    expect(await quotes!.speakerEntities('sam-altman')).toEqual(['ai-safety-institute', 'frontiermath', 'microsoft', 'o3', 'openai', 'terence-tao']);
    const tiny = await quotes!.documentEntities('tiny-interview.zh');
    expect([tiny.entities.length, tiny.edges.length]).toEqual([file.nodes.length, file.edges.length]);
    expect((await quotes!.documents('o3', 0, 5)).documents).toEqual(['tiny-interview.zh']);
  });

  it('the viewer payload is read as it is, its edge table back to the same edges: quotes come from the server', () => {
    const { graph, quotes } = readGraph(JSON.parse(JSON.stringify(toViewerPayload(toViewerGraph(file)))));
    expect(quotes).toBeUndefined();
    const whole = readGraph(JSON.parse(JSON.stringify(file))).graph;
    expect(graph.export()).toEqual(whole.export());
  });
});
