// Search: matches a query against node labels and aliases — Chinese by substring, Latin case-insensitively.
// buildSearchIndex/searchNodes are pure; the store holds the current query (and the node it was chosen as) for the view.
import type { ViewerGraph } from '../../../src/server/payload.ts';
import { nodeHints } from '../graph/names.ts';
import { createStore } from './store.ts';

export interface SearchEntry {
  key: string;
  label: string;
  /** Label and aliases, NFKC-normalised and lower-cased. */
  forms: string[];
  aliases: string[];
  weight: number;
  /** Its document's short title when another node has the same label. */
  hint: string | null;
}

export interface SearchHit {
  key: string;
  label: string;
  /** The alias that matched when the label did not. */
  via: string | null;
  /** Its document's short title when another node has the same label. */
  hint: string | null;
}

export interface SearchState {
  query: string;
  /** The node the query names when it was picked from the suggestions (the box then shows its label); else null. */
  chosen: string | null;
}

export const search = createStore<SearchState>({ query: '', chosen: null });

/** What the user typed (or '' to empty the box). */
export function setQuery(query: string): void {
  search.set({ query, chosen: null });
}

/** A suggestion was picked: the box shows the node's label until that node's selection ends. */
export function chooseHit(hit: SearchHit): void {
  search.set({ query: hit.label, chosen: hit.key });
}

/** True when the box names a chosen node that is no longer the selected one (a filter, a click, a reload ended it). */
export function queryOutlived(state: SearchState, selected: string | null): boolean {
  return state.chosen !== null && state.chosen !== selected;
}

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `hints`: the graph index's document hints (they also count speakers without a node); by default the nodes' own. */
export function buildSearchIndex(graph: ViewerGraph, hints: ReadonlyMap<string, string> = nodeHints(graph)): SearchEntry[] {
  return graph.mapNodes((key, attrs) => ({
    key,
    label: attrs.label,
    aliases: attrs.aliases ?? [],
    forms: [attrs.label, ...(attrs.aliases ?? [])].map(normalizeForSearch),
    weight: (attrs.mentionCount ?? 0) + graph.degree(key),
    hint: hints.get(key) ?? null,
  }));
}

/** Best matches first: exact, then prefix, then substring; label before alias; more-mentioned first. */
export function searchNodes(index: readonly SearchEntry[], query: string, limit = 12): SearchHit[] {
  const q = normalizeForSearch(query);
  if (!q) return [];
  const scored: { entry: SearchEntry; rank: number; via: string | null }[] = [];
  for (const entry of index) {
    let best = Infinity;
    let via: string | null = null;
    entry.forms.forEach((form, i) => {
      const at = form.indexOf(q);
      if (at < 0) return;
      const rank = (form === q ? 0 : at === 0 ? 1 : 2) * 2 + (i === 0 ? 0 : 1);
      if (rank < best) {
        best = rank;
        via = i === 0 ? null : entry.aliases[i - 1];
      }
    });
    if (best < Infinity) scored.push({ entry, rank: best, via });
  }
  scored.sort((a, b) => a.rank - b.rank || b.entry.weight - a.entry.weight || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map(({ entry, via }) => ({ key: entry.key, label: entry.label, via, hint: entry.hint }));
}
