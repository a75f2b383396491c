// Hover state: the node under the pointer; the renderer highlights it and its neighbours through reducers.
import { createStore } from './store.ts';

export const hover = createStore<{ node: string | null; edge: string | null }>({ node: null, edge: null });

export function hoverNode(key: string | null): void {
  hover.set({ node: key });
}

export function hoverEdge(key: string | null): void {
  hover.set({ edge: key });
}
