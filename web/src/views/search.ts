// The search box: labels and aliases, Chinese by substring, English case-insensitively. Suggestions as a
// listbox; Enter or a click selects the node and moves the camera to it; the box empties when that selection ends.
import type { ViewerGraph } from '../../../src/server/payload.ts';
import { getRenderer, selectNode } from '../api.ts';
import { data } from '../state/data.ts';
import { selection } from '../state/selection.ts';
import { buildSearchIndex, chooseHit, queryOutlived, search, searchNodes, setQuery, type SearchHit } from '../state/search.ts';
import { clear, el } from './dom.ts';

export function mountSearch(input: HTMLInputElement, listbox: HTMLElement, graph: ViewerGraph, hints: ReadonlyMap<string, string>): () => void {
  let index = buildSearchIndex(graph, hints);
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => {
    listbox.hidden = true;
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    chooseHit(hit);
    close();
    selectNode(hit.key);
  };
  const render = () => {
    clear(listbox);
    const shown = getRenderer()?.visibility().nodes;
    hits.forEach((hit, i) => {
      const option = el('li', { role: 'option', id: `search-option-${i}`, 'aria-selected': String(i === active), 'data-node': hit.key },
        el('span', { class: 'hit-label' }, hit.label), hit.via ? el('span', { class: 'hit-via' }, ` (${hit.via})`) : null,
        hit.hint ? el('span', { class: 'hit-doc' }, ` — ${hit.hint}`) : null,
        el('span', { class: 'hit-type' }, ` ${graph.getNodeAttribute(hit.key, 'type')}`),
        // Picking it drops the filters that hide it (api.selectNode): say so before.
        shown && !shown.has(hit.key) ? el('span', { class: 'hit-hidden' }, ' · hidden by the filters') : null);
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(hit);
      });
      listbox.append(option);
    });
    if (input.value.trim() && hits.length === 0) listbox.append(el('li', { class: 'no-hit' }, 'No match'));
    listbox.hidden = input.value.trim() === '';
    input.setAttribute('aria-activedescendant', hits.length ? `search-option-${active}` : '');
  };

  const onInput = () => {
    setQuery(input.value);
    hits = searchNodes(index, input.value);
    active = 0;
    render();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!hits.length) hits = searchNodes(index, input.value);
      choose(hits[active] ?? hits[0]);
    } else if (event.key === 'Escape') {
      input.value = '';
      onInput();
      close();
    }
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', close);
  const onFocus = () => void (input.value.trim() && render());
  input.addEventListener('focus', onFocus);
  const off = search.subscribe((state) => {
    if (state.query === '' && input.value !== '') {
      input.value = '';
      hits = [];
      close();
    }
  });
  // The box names the node picked from it only while that node is selected: a filter hiding it, a click elsewhere,
  // Esc or a reload that lost it empties the box (what the user typed and did not pick stays).
  const endOutlived = () => {
    if (queryOutlived(search.get(), selection.get().node)) setQuery('');
  };
  endOutlived();
  const offSelection = selection.subscribe(endOutlived);
  // Nodes merged in later (a neighbourhood from Neo4j) become searchable too, with the hints as refreshed then.
  const offData = data.subscribe((state, previous) => {
    if (state.revision !== previous.revision) index = buildSearchIndex(graph, hints);
  });
  return () => {
    offSelection();
    offData();
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', close);
    input.removeEventListener('focus', onFocus);
    off();
  };
}
