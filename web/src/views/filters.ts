// The left panel: legend (counts per type, click to hide/show a type), filters (speaker, document,
// CO_OCCURS, minimum evidence), display modes (colour, size) and the ForceAtlas2 start/stop control.
import { ENTITY_TYPES, TYPE_COLORS } from '../../../src/model.ts';
import type { ViewerGraph } from '../../../src/server/payload.ts';
import { loadFilterEntities, type EntityFilters, type GraphIndex } from '../graph/data.ts';
import { withHint } from '../graph/names.ts';
import type { LayoutControl } from '../graph/layout.ts';
import type { Renderer } from '../graph/renderer.ts';
import { filters, resetFilters, setFilters, toggleType, type ColorMode, type SizeMode } from '../state/filters.ts';
import { clear, el } from './dom.ts';

export function mountFilters(root: HTMLElement, graph: ViewerGraph, index: GraphIndex, renderer: Renderer, layout: LayoutControl): () => void {
  clear(root);
  const legend = el('ul', { class: 'legend', 'aria-label': 'Entity types' });
  const summary = el('p', { class: 'muted counts' });

  const speaker = el('select', { id: 'filter-speaker', 'aria-label': 'Speaker' }, el('option', { value: '' }, 'All speakers'));
  for (const [key, label] of index.speakers) speaker.append(el('option', { value: key }, withHint(label, index.hints.get(key))));
  let alive = true;
  /** Sets a document or speaker filter once the entities it keeps are fetched (they are not in the payload). */
  const choose = (select: HTMLSelectElement, patch: Partial<EntityFilters>) => {
    select.disabled = true;
    loadFilterEntities(graph, index, { document: null, speaker: null, ...patch }).then(() => alive && setFilters(patch), () => alive && render())
      .finally(() => (select.disabled = false));
  };
  speaker.addEventListener('change', () => choose(speaker, { speaker: speaker.value || null }));

  const docs = graph.getAttribute('documents');
  const documentSelect = el('select', { id: 'filter-document', 'aria-label': 'Document' }, el('option', { value: '' }, 'All documents'));
  for (const d of docs) documentSelect.append(el('option', { value: d.id }, d.title || d.id));
  documentSelect.addEventListener('change', () => choose(documentSelect, { document: documentSelect.value || null }));

  const coOccurs = el('input', { type: 'checkbox', id: 'filter-cooccurs' });
  coOccurs.addEventListener('change', () => setFilters({ hideCoOccurs: coOccurs.checked }));
  // A loop, not Math.max(...all): spreading 250k edges as arguments overflows the call stack.
  let maxEvidence = 1;
  graph.forEachEdge((_, e) => (maxEvidence = Math.max(maxEvidence, e.evidenceCount ?? 0)));
  const minEvidence = el('input', { type: 'number', id: 'filter-min-evidence', min: '1', max: String(maxEvidence), step: '1', value: '1' });
  minEvidence.addEventListener('change', () => setFilters({ minEvidence: Math.max(1, Math.floor(Number(minEvidence.value) || 1)) }));

  const colorBy = el('select', { id: 'color-by', 'aria-label': 'Colour by' }, el('option', { value: 'type' }, 'Entity type'), el('option', { value: 'community' }, 'Community (Louvain)'));
  colorBy.addEventListener('change', () => setFilters({ colorBy: colorBy.value as ColorMode }));
  const sizeBy = el('select', { id: 'size-by', 'aria-label': 'Size by' }, el('option', { value: 'degree' }, 'Degree'), el('option', { value: 'pagerank' }, 'PageRank'), el('option', { value: 'file' }, 'Mentions (file)'));
  sizeBy.addEventListener('change', () => setFilters({ sizeBy: sizeBy.value as SizeMode }));

  const layoutButton = el('button', { type: 'button', id: 'layout-toggle', 'aria-pressed': 'false' }, 'Run ForceAtlas2');
  layoutButton.addEventListener('click', () => {
    if (layout.isRunning()) layout.stop();
    else layout.start();
    const running = layout.isRunning();
    layoutButton.textContent = running ? 'Stop layout' : 'Run ForceAtlas2';
    layoutButton.setAttribute('aria-pressed', String(running));
  });
  const resetView = el('button', { type: 'button', id: 'reset-camera' }, 'Reset view');
  resetView.addEventListener('click', () => void renderer.sigma.getCamera().animatedReset({ duration: 300 }));
  const resetButton = el('button', { type: 'button', id: 'reset-filters' }, 'Reset filters');
  resetButton.addEventListener('click', resetFilters);

  root.append(
    el('section', { 'aria-label': 'Legend' }, el('h2', {}, 'Entity types'), legend, summary),
    el('section', { 'aria-label': 'Filters', class: 'filters' }, el('h2', {}, 'Filters'),
      field('Speaker', speaker),
      docs.length > 1 ? field('Document', documentSelect) : null,
      el('label', { class: 'check' }, coOccurs, ' Hide CO_OCCURS edges'),
      field('Min. evidence per edge', minEvidence),
      resetButton),
    el('section', { 'aria-label': 'Display', class: 'filters' }, el('h2', {}, 'Display'),
      field('Colour by', colorBy), field('Size by', sizeBy),
      el('div', { class: 'buttons' }, layoutButton, resetView)),
  );

  const render = () => {
    const state = filters.get();
    const visibility = renderer.visibility();
    clear(legend);
    for (const type of ENTITY_TYPES) {
      const count = visibility.typeCounts.get(type) ?? 0;
      if (count === 0 && !state.hiddenTypes.includes(type)) continue;
      const hidden = state.hiddenTypes.includes(type);
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = TYPE_COLORS[type];
      const button = el('button', { type: 'button', class: 'legend-item', 'data-type': type, 'aria-pressed': String(!hidden), title: hidden ? `Show ${type}` : `Hide ${type}` },
        swatch, el('span', { class: 'legend-name' }, type), el('span', { class: 'legend-count' }, String(count)));
      button.addEventListener('click', () => toggleType(type));
      legend.append(el('li', { class: hidden ? 'off' : '' }, button));
    }
    summary.textContent = `${visibility.nodes.size} of ${graph.order} entities · ${visibility.edges.size} of ${graph.size} relations shown`
      + (state.colorBy === 'community' ? ' · node colours show Louvain communities; the legend still filters by type' : '');
    speaker.value = state.speaker ?? '';
    // The narrow select clips a long "label — document" name: the tooltip has it whole.
    speaker.title = speaker.selectedOptions[0]?.textContent ?? '';
    documentSelect.value = state.document ?? '';
    coOccurs.checked = state.hideCoOccurs;
    minEvidence.value = String(state.minEvidence);
    colorBy.value = state.colorBy;
    sizeBy.value = state.sizeBy;
  };
  render();
  // After the renderer's own subscriber has recomputed visibility.
  const off = filters.subscribe(() => queueMicrotask(render));
  return () => {
    alive = false;
    off();
  };
}

function field(label: string, control: HTMLElement): HTMLElement {
  const id = control.id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}
