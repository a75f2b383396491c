// Filter and display-mode state: hidden entity types, speaker, document, CO_OCCURS, minimum evidence,
// colouring (type or Louvain community) and node sizing (file, degree, PageRank).
import type { EntityType } from '../../../src/model.ts';
import { createStore } from './store.ts';

export type ColorMode = 'type' | 'community';
export type SizeMode = 'file' | 'degree' | 'pagerank';

export interface FilterState {
  hiddenTypes: readonly EntityType[];
  /** Node key of a speaker: keep only entities mentioned in that speaker's turns. */
  speaker: string | null;
  /** Document id: keep only entities and edges of that document. */
  document: string | null;
  hideCoOccurs: boolean;
  /** Edges with fewer evidence spans are hidden. */
  minEvidence: number;
  colorBy: ColorMode;
  sizeBy: SizeMode;
}

export const DEFAULT_FILTERS: FilterState = {
  hiddenTypes: [],
  speaker: null,
  document: null,
  hideCoOccurs: false,
  minEvidence: 1,
  colorBy: 'type',
  sizeBy: 'degree',
};

export const filters = createStore<FilterState>(DEFAULT_FILTERS);

export function toggleType(type: EntityType): void {
  const hidden = filters.get().hiddenTypes;
  filters.set({ hiddenTypes: hidden.includes(type) ? hidden.filter((t) => t !== type) : [...hidden, type] });
}

export function setFilters(patch: Partial<FilterState>): void {
  filters.set(patch);
}

export function resetFilters(): void {
  filters.set(DEFAULT_FILTERS);
}
