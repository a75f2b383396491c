// The loaded graph and its index: set once per graph file, read by every view. Filters, hover and selection never
// write into it; only data loads do (a Neo4j neighbourhood merged in bumps `revision`).
import type { ViewerGraph } from '../../../src/server/payload.ts';
import { refreshHints, type GraphIndex, type GraphListItem } from '../graph/data.ts';
import { createStore } from './store.ts';

export interface DataState {
  graphs: readonly GraphListItem[];
  name: string | null;
  graph: ViewerGraph | null;
  index: GraphIndex | null;
  error: string | null;
  /** Bumped when nodes or edges were merged into the graph (e.g. a neighbourhood from Neo4j): views redraw. */
  revision: number;
}

export const data = createStore<DataState>({ graphs: [], name: null, graph: null, index: null, error: null, revision: 0 });

/** Nodes or edges were merged into the drawn graph: what the index derives from labels is brought up to date, views redraw. */
export function graphMerged(): void {
  const { graph, index, revision } = data.get();
  if (graph && index) refreshHints(graph, index);
  data.set({ revision: revision + 1 });
}
