// filtersShowing (web/src/graph/visibility.ts): the filters with only what hides a node dropped, checked against
// computeVisibility itself. Table-driven over a small two-document graph; the inputs are not changed.
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeAttrs, EntityType, GraphAttrs, NodeAttrs, Turn } from '../../src/model.ts';
import { indexGraph, loadFilterEntities, readGraph } from '../../web/src/graph/data.ts';
import { computeVisibility, filtersShowing } from '../../web/src/graph/visibility.ts';
import { DEFAULT_FILTERS, type FilterState } from '../../web/src/state/filters.ts';

const node = (label: string, type: EntityType, documents: string[], mentions: NodeAttrs['mentions'] = [], speaker = false): NodeAttrs =>
  ({ label, type, aliases: [], mentions, documents, speaker, x: 0, y: 0, size: 4, color: '#999' });
const turn = (document: string, index: number, speaker: string): Turn =>
  ({ id: `${document}#${index}`, document, index, kind: 'turn', speaker, speakerLabel: speaker, section: null, text: 'OpenAI and o3 and Paris' });

// The host (document d) names OpenAI; the guest (document e) names o3 and Paris.
const file = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
file.replaceAttributes({ name: 'g', documents: ['d', 'e'].map((id) => ({ id, title: id, source: `${id}.md`, lang: 'en' as const })), turns: [turn('d', 0, 'host'), turn('e', 0, 'guest')] });
file.addNode('host', node('Host', 'person', ['d'], [], true));
file.addNode('guest', node('Guest', 'person', ['e'], [], true));
file.addNode('openai', node('OpenAI', 'organization', ['d'], [{ turn: 'd#0', start: 0, end: 6 }]));
file.addNode('o3', node('o3', 'model', ['e'], [{ turn: 'e#0', start: 11, end: 13 }]));
file.addNode('paris', node('Paris', 'place', ['e'], [{ turn: 'e#0', start: 18, end: 23 }]));
// Read as a whole file: its quotes (and the entities a Speaker filter keeps) come from memory.
const { graph, quotes } = readGraph(file.export());
const index = indexGraph(graph, 'g', quotes);

describe('filtersShowing', () => {
  beforeAll(() => Promise.all(['host', 'guest'].map((speaker) => loadFilterEntities(graph, index, { document: null, speaker }))));

  const cases: [string, string, Partial<FilterState>, Partial<FilterState> | null][] = [
    ['a node drawn already: nothing to change', 'o3', { hiddenTypes: ['place'] }, null],
    ['its type hidden: that type comes back, the others stay hidden', 'o3', { hiddenTypes: ['place', 'model'] }, { hiddenTypes: ['place'] }],
    ['not in the chosen speaker\'s turns: the Speaker filter goes', 'openai', { speaker: 'guest' }, { speaker: null }],
    ['not in the chosen document: the Document filter goes', 'o3', { document: 'd' }, { document: null }],
    ['hidden three ways: all three go, the rest is kept', 'o3', { document: 'd', speaker: 'host', hiddenTypes: ['model'], hideCoOccurs: true, minEvidence: 3 },
      { document: null, speaker: null, hiddenTypes: [], hideCoOccurs: true, minEvidence: 3 }],
    ['the speaker\'s own node is kept by their filter', 'guest', { speaker: 'guest', hiddenTypes: ['organization'] }, null],
  ];

  it.each(cases)('%s', (_, key, patch, expected) => {
    const filters = { ...DEFAULT_FILTERS, ...patch };
    const frozen = JSON.stringify(filters);
    const showing = filtersShowing(graph, index, filters, key);
    expect(showing).toEqual(expected === null ? null : { ...filters, ...expected });
    expect(JSON.stringify(filters)).toBe(frozen);
    // What it returns does show the node.
    expect(computeVisibility(graph, index, showing ?? filters).nodes.has(key)).toBe(true);
  });
});

describe('computeVisibility: edges under a document filter count only the evidence in that document', () => {
  // OpenAI–o3 has two spans in document e and one in d; o3–Paris one in e.
  const file = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
  const docs = ['d', 'e'].map((id) => ({ id, title: id, source: `${id}.md`, lang: 'en' as const }));
  file.replaceAttributes({ name: 'g', documents: docs, turns: [turn('d', 0, 'host'), turn('e', 0, 'guest'), turn('e', 1, 'guest')] });
  for (const [key, type] of [['openai', 'organization'], ['o3', 'model'], ['paris', 'place']] as const) file.addNode(key, node(key, type, ['d', 'e']));
  const span = (turn: string) => ({ turn, start: 0, end: 6 });
  file.addDirectedEdgeWithKey('openai|RELEASED|o3', 'openai', 'o3', { type: 'RELEASED', weight: 3, rules: [], evidence: [span('d#0'), span('e#0'), span('e#1')] });
  file.addDirectedEdgeWithKey('o3|CO_OCCURS|paris', 'o3', 'paris', { type: 'CO_OCCURS', weight: 1, rules: [], evidence: [span('e#1')] });
  // The payload names an edge's first document (d for RELEASED); the counts in e come with the document filter.
  const { graph: drawn, quotes: local } = readGraph(file.export());
  const drawnIndex = indexGraph(drawn, 'g', local);
  beforeAll(() => Promise.all(['d', 'e'].map((document) => loadFilterEntities(drawn, drawnIndex, { document, speaker: null }))));
  const shown = (patch: Partial<FilterState>) => [...computeVisibility(drawn, drawnIndex, { ...DEFAULT_FILTERS, ...patch }).edges].sort();

  it('the payload sends the first document of an edge and how many there are', () => {
    expect(drawn.getEdgeAttribute('openai|RELEASED|o3', 'evidenceDocuments')).toEqual([[0, 1]]);
    expect(drawn.getEdgeAttribute('openai|RELEASED|o3', 'evidenceDocumentCount')).toBe(2);
  });

  it.each([
    ['no filter', {}, ['o3|CO_OCCURS|paris', 'openai|RELEASED|o3']],
    ['document d: only the edge with evidence there', { document: 'd' }, ['openai|RELEASED|o3']],
    ['document e, at least 2 spans: only the edge with two there', { document: 'e', minEvidence: 2 }, ['openai|RELEASED|o3']],
    ['document d, at least 2 spans: none (one span in d)', { document: 'd', minEvidence: 2 }, []],
    ['at least 3 spans, any document', { minEvidence: 3 }, ['openai|RELEASED|o3']],
  ] as [string, Partial<FilterState>, string[]][])('%s', (_, patch, expected) => {
    expect(shown(patch)).toEqual(expected);
  });
});
