// Selection state: the selected node, edge or turn, and an externally highlighted set of nodes.
// One thing is selected at a time; highlightNodes() is how other modules (search, Cypher panel) light nodes up.
import { createStore } from './store.ts';

export interface SelectionState {
  node: string | null;
  edge: string | null;
  /** A turn clicked in the conversation strip: its entities are highlighted. */
  turn: string | null;
  /** Nodes lit up by another module (e.g. a Cypher result); empty when none. */
  highlighted: readonly string[];
}

export const EMPTY_SELECTION: SelectionState = { node: null, edge: null, turn: null, highlighted: [] };

export const selection = createStore<SelectionState>(EMPTY_SELECTION);

export function selectNode(key: string | null): void {
  selection.set({ node: key, edge: null, turn: null, highlighted: [] });
}

export function selectEdge(key: string | null): void {
  selection.set({ node: null, edge: key, turn: null, highlighted: [] });
}

export function selectTurn(id: string | null): void {
  selection.set({ node: null, edge: null, turn: id, highlighted: [] });
}

export function highlightNodes(keys: readonly string[]): void {
  selection.set({ node: null, edge: null, turn: null, highlighted: [...keys] });
}

export function clearSelection(): void {
  selection.set(EMPTY_SELECTION);
}
