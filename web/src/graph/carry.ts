// Carrying the view into a new version of the same graph file: the selection and filters that still apply are kept,
// the rest is dropped with a plain sentence saying what went (e.g. the selected node is no longer in the graph).
import type { ViewerGraph } from '../../../src/server/payload.ts';
import type { FilterState } from '../state/filters.ts';
import { EMPTY_SELECTION, type SelectionState } from '../state/selection.ts';
import { hasTurn, type GraphIndex } from './data.ts';

export interface CarriedView {
  selection: SelectionState;
  filters: FilterState;
  /** What could not be kept, one sentence each. */
  lost: string[];
}

/** Pure: `before` is the view over `from`; the result applies to `to` (indexed as `index`). Inputs are not changed. */
export function carryView(before: { selection: SelectionState; filters: FilterState }, from: ViewerGraph, to: ViewerGraph, index: GraphIndex): CarriedView {
  const lost: string[] = [];
  const { node, edge, turn, highlighted } = before.selection;
  let selection: SelectionState = EMPTY_SELECTION;
  if (node) {
    if (to.hasNode(node)) selection = { ...EMPTY_SELECTION, node };
    else lost.push(`"${nodeLabel(from, node)}" is no longer in the graph.`);
  } else if (edge) {
    if (to.hasEdge(edge)) selection = { ...EMPTY_SELECTION, edge };
    else lost.push(`The selected relation ${edgeLabel(from, edge)} is no longer in the graph.`);
  } else if (turn) {
    if (hasTurn(to, turn)) selection = { ...EMPTY_SELECTION, turn };
    else lost.push('The selected turn is no longer in the graph.');
  } else if (highlighted.length) {
    const kept = highlighted.filter((key) => to.hasNode(key));
    selection = { ...EMPTY_SELECTION, highlighted: kept };
    const gone = highlighted.length - kept.length;
    if (gone > 0) lost.push(`${gone} of the highlighted nodes ${gone === 1 ? 'is' : 'are'} no longer in the graph.`);
  }

  let filters = before.filters;
  if (filters.speaker && !index.speakers.has(filters.speaker)) {
    lost.push(`The speaker filter "${nodeLabel(from, filters.speaker)}" was removed: that speaker has no turns now.`);
    filters = { ...filters, speaker: null };
  }
  if (filters.document && !to.getAttribute('documents').some((d) => d.id === filters.document)) {
    lost.push(`The document filter "${filters.document}" was removed: that document is no longer in the graph.`);
    filters = { ...filters, document: null };
  }
  return { selection, filters, lost };
}

function nodeLabel(graph: ViewerGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}

function edgeLabel(graph: ViewerGraph, key: string): string {
  if (!graph.hasEdge(key)) return `"${key}"`;
  const [source, target] = graph.extremities(key);
  return `"${nodeLabel(graph, source)} ${graph.getEdgeAttribute(key, 'type')} ${nodeLabel(graph, target)}"`;
}
