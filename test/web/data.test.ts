// refreshHints (web/src/graph/data.ts): after nodes are merged into an indexed graph (a neighbourhood from Neo4j),
// the index's document hints are those a fresh index of the grown graph would have, in the same Map.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttrs, GraphAttrs, NodeAttrs, Turn } from '../../src/model.ts';
import { indexGraph, refreshHints } from '../../web/src/graph/data.ts';
import { mergeDocuments } from '../../web/src/graph/merge.ts';
import { toViewerNodeAttrs } from '../../src/server/payload.ts';
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
