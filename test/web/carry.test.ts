// carryView (web/src/graph/carry.ts): what of the view survives a new version of the graph file, and the plain
// sentence for what does not. Table-driven over two small versions; the inputs are not changed.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttrs, GraphAttrs, NodeAttrs, Turn } from '../../src/model.ts';
import { carryView } from '../../web/src/graph/carry.ts';
import { indexGraph } from '../../web/src/graph/data.ts';
import type { ViewerGraph } from '../../src/server/payload.ts';
import { viewerGraphOf } from './viewer-graph.ts';
import { DEFAULT_FILTERS, type FilterState } from '../../web/src/state/filters.ts';
import { EMPTY_SELECTION, type SelectionState } from '../../web/src/state/selection.ts';

const node = (label: string, speaker = false): NodeAttrs => ({ label, type: 'person', aliases: [], mentions: [], documents: ['d'], speaker, x: 0, y: 0, size: 4, color: '#d62728' });
const turn = (index: number, speaker: string | null, document = 'd'): Turn => ({ id: `${document}#${index}`, document, index, kind: 'turn' as Turn['kind'], speaker, speakerLabel: speaker, section: null, text: `turn ${index}` });

/** The graph in one version: `keys` its nodes (a, b, c, host), `docs` its documents, host speaking in turn 0 of each. */
function version(keys: string[], docs: string[], turns: Turn[]): ViewerGraph {
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
  graph.replaceAttributes({ name: 'g', documents: docs.map((id) => ({ id, title: id.toUpperCase(), source: `${id}.md`, lang: 'en' })), turns });
  for (const key of keys) graph.addNode(key, node(key.toUpperCase(), key === 'host'));
  if (graph.hasNode('a') && graph.hasNode('b')) graph.addDirectedEdgeWithKey('a|CITES|b', 'a', 'b', { type: 'CITES', weight: 1, rules: [], evidence: [] } as EdgeAttrs);
  return viewerGraphOf(graph);
}

const before = version(['a', 'b', 'c', 'host'], ['d', 'e'], [turn(0, 'host'), turn(1, null), turn(0, 'host', 'e')]);
const after = version(['a', 'c'], ['d'], [turn(0, null)]);
const select = (patch: Partial<SelectionState>): SelectionState => ({ ...EMPTY_SELECTION, ...patch });

describe('carryView', () => {
  const cases: [string, SelectionState, Partial<FilterState>, SelectionState, Partial<FilterState>, string[]][] = [
    ['a node still there stays selected', select({ node: 'a' }), {}, select({ node: 'a' }), {}, []],
    ['a node gone is named by its label', select({ node: 'b' }), {}, EMPTY_SELECTION, {}, ['"B" is no longer in the graph.']],
    ['an edge gone is named by its ends', select({ edge: 'a|CITES|b' }), {}, EMPTY_SELECTION, {}, ['The selected relation "A CITES B" is no longer in the graph.']],
    ['a turn still there stays selected', select({ turn: 'd#0' }), {}, select({ turn: 'd#0' }), {}, []],
    ['a turn gone is said', select({ turn: 'd#1' }), {}, EMPTY_SELECTION, {}, ['The selected turn is no longer in the graph.']],
    ['highlighted nodes keep those still there', select({ highlighted: ['a', 'b', 'c'] }), {}, select({ highlighted: ['a', 'c'] }), {}, ['1 of the highlighted nodes is no longer in the graph.']],
    ['filters that still apply are kept', EMPTY_SELECTION, { document: 'd', hiddenTypes: ['concept'], minEvidence: 2 }, EMPTY_SELECTION, { document: 'd', hiddenTypes: ['concept'], minEvidence: 2 }, []],
    ['a speaker and a document gone are dropped from the filters', select({ node: 'a' }), { speaker: 'host', document: 'e' }, select({ node: 'a' }), { speaker: null, document: null },
      ['The speaker filter "HOST" was removed: that speaker has no turns now.', 'The document filter "e" was removed: that document is no longer in the graph.']],
  ];

  it.each(cases)('%s', (_, selection, filterPatch, expectedSelection, expectedFilters, lost) => {
    const filters = { ...DEFAULT_FILTERS, ...filterPatch };
    const frozen = JSON.stringify({ selection, filters, before: before.export(), after: after.export() });
    const carried = carryView({ selection, filters }, before, after, indexGraph(after));
    expect(carried.selection).toEqual(expectedSelection);
    expect(carried.filters).toEqual({ ...DEFAULT_FILTERS, ...filterPatch, ...expectedFilters });
    expect(carried.lost).toEqual(lost);
    expect(JSON.stringify({ selection, filters, before: before.export(), after: after.export() })).toBe(frozen);
  });
});
