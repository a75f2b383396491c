// The loaded graph and its index: set once per graph file, read by every view. Never mutated by the UI.
import type { KnowledgeGraph } from '../../../src/model.ts';
import type { GraphIndex, GraphListItem } from '../graph/data.ts';
import { createStore } from './store.ts';

export interface DataState {
  graphs: readonly GraphListItem[];
  name: string | null;
  graph: KnowledgeGraph | null;
  index: GraphIndex | null;
  error: string | null;
}

export const data = createStore<DataState>({ graphs: [], name: null, graph: null, index: null, error: null });
