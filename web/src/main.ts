// The viewer's entry point: load the graph list, pick a graph (URL or first), draw it, mount the views, keep the URL in
// step, and offer a rewritten file in place. Data flows one way: file → graphology graph → filters → what Sigma draws.
import './style.css';
import * as api from './api.ts';
import { captureSpot, focusCamera, nodeInView, placeAtSpot } from './graph/camera.ts';
import { carryView, type CarriedView } from './graph/carry.ts';
import { fetchGraph, fetchGraphList, filterEntitiesReady, indexGraph, loadFilterEntities, type GraphIndex, type LoadedGraph } from './graph/data.ts';
import { pollGraphVersion } from './graph/poll.ts';
import { createLayoutControl, type LayoutControl } from './graph/layout.ts';
import { createRenderer, type KnowledgeSigma, type Renderer } from './graph/renderer.ts';
import { data } from './state/data.ts';
import { file, fileLoaded, fileSeen, reloadEnded, reloadStarted, setReloadAction } from './state/file.ts';
import { filters } from './state/filters.ts';
import { hover } from './state/hover.ts';
import { setQuery } from './state/search.ts';
import { clearSelection, selection } from './state/selection.ts';
import { forgetTurns } from './state/turns.ts';
import { parseViewState, syncUrl, type ViewState } from './url.ts';
import { clear, el } from './views/dom.ts';
import { mountDetails } from './views/details.ts';
import { mountFileNotice } from './views/file-notice.ts';
import { mountFilters } from './views/filters.ts';
import { mountPanels } from './views/panels.ts';
import { mountSearch } from './views/search.ts';
import { mountStrip } from './views/strip.ts';
// Extension panels register themselves here (one import line each), e.g. the Cypher panel:
import './cypher/panel.ts';
import { emptyGraph, expandNeighbourhood, neo4jStartNode } from './neo4j/index.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const container = $('graph');
const picker = $<HTMLSelectElement>('graph-picker');
const status = $('status');

let teardown: (() => void)[] = [];
let renderer: Renderer | null = null;
let layout: LayoutControl | null = null;

mountPanels($('side-tabs'), $('side-body'), $('details'));
setReloadAction(() => void reload());
mountFileNotice($('file-notice'));

async function start(): Promise<void> {
  const neo4jNode = neo4jStartNode(location.search);
  if (neo4jNode !== null) return startFromNeo4j(neo4jNode);
  const graphs = await fetchGraphList();
  data.set({ graphs });
  clear(picker);
  for (const g of graphs) picker.append(el('option', { value: g.name }, g.file));
  picker.closest('.picker')?.toggleAttribute('hidden', graphs.length < 2);
  picker.addEventListener('change', () => {
    history.replaceState(null, '', `#g=${encodeURIComponent(picker.value)}`);
    void open(picker.value, true);
  });
  if (graphs.length === 0) throw new Error('no graph files are being served (turngraph serve GRAPH.json)');
  const wanted = parseViewState(location.hash).graph;
  await open(graphs.some((g) => g.name === wanted) ? wanted! : graphs[0].name, false);
}

/** Loads and draws one graph; `fresh` drops selection and filters (a new graph picked in the UI). */
async function open(name: string, fresh: boolean): Promise<void> {
  status.textContent = `Loading ${name}…`;
  const loaded = await fetchGraph(name);
  performance.mark('turngraph:graph-loaded');
  draw(name, loaded, parseViewState(fresh ? '' : location.hash));
}

/**
 * Loads the new version of the drawn file and draws it where the user was: selection, filters and search text are
 * kept where they still apply (what is gone is said in the notice), the camera shows the same graph spot.
 */
async function reload(): Promise<void> {
  const { name, graph: before } = data.get();
  if (!name || !before || !renderer || file.get().reloading) return;
  reloadStarted();
  let loaded: LoadedGraph;
  try {
    loaded = await fetchGraph(name);
  } catch (error) {
    return reloadEnded(`The new version could not be loaded: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // Another graph was picked meanwhile: it is drawn already.
  if (data.get().name !== name || !renderer) return reloadEnded();
  const spot = captureSpot(renderer.sigma);
  const kept = { selection: selection.get(), filters: filters.get() };
  draw(name, loaded, { graph: name, camera: null, ...kept }, (index) => carryView(kept, before, loaded.graph, index), (sigma) => {
    placeAtSpot(sigma, spot);
    const node = selection.get().node;
    if (node && !nodeInView(sigma, node)) focusCamera(sigma, node);
  });
}

/** ?source=neo4j&node=KEY: no graph file, only that entity's neighbourhood from Neo4j; expanding grows it. */
async function startFromNeo4j(key: string): Promise<void> {
  if (!key) throw new Error('?source=neo4j needs &node=<entity key> (the node to start from)');
  status.textContent = `Loading the neighbourhood of ${key} from Neo4j…`;
  picker.closest<HTMLElement>('.picker')?.style.setProperty('display', 'none');
  draw('neo4j', { graph: emptyGraph('Neo4j'), version: null }, parseViewState(''));
  const outcome = await expandNeighbourhood(key);
  if (outcome.error) throw new Error(outcome.error);
  api.selectNode(key, { focus: false });
}

/**
 * Draws a loaded graph in `view` and mounts the views on it; a reload passes `carry` (the view fitted to the new
 * version, with what it lost) and `place` (the camera), and the poll watches the file for the next version.
 */
function draw(name: string, { graph, version, quotes }: LoadedGraph, view: ViewState, carry?: (index: GraphIndex) => CarriedView, place?: (sigma: KnowledgeSigma) => void): void {
  // Quotes are asked of this version of the file; a refusal (the file was rewritten) shows the reload notice at once.
  const index = indexGraph(graph, name, quotes, { version, onChanged: fileSeen });
  performance.mark('turngraph:indexed');
  // A link may name what this graph no longer has (it was rebuilt since): that part of the view goes, and is said.
  const carried = carry ? carry(index) : carryView(view, graph, graph, index);
  close();
  picker.value = name;
  // A document or speaker filter whose entities must be fetched first (they are not in the payload) follows them.
  const waiting = filterEntitiesReady(graph, index, carried.filters) ? null : { document: carried.filters.document, speaker: carried.filters.speaker };
  filters.set(waiting ? { ...carried.filters, document: null, speaker: null } : carried.filters);
  selection.set(carried.selection);
  hover.set({ node: null, edge: null });
  forgetTurns();
  data.set({ name, graph, index, error: null });

  renderer = createRenderer(container, graph, index);
  performance.mark('turngraph:renderer-created');
  // Sigma draws its first frame in the constructor; the next animation frame is when it is on screen.
  requestAnimationFrame(() => performance.mark('turngraph:first-frame'));
  layout = createLayoutControl(graph);
  api.setRenderer(renderer);
  if (place) place(renderer.sigma);
  else if (view.camera) renderer.sigma.getCamera().setState(view.camera);
  else if (view.selection.node && graph.hasNode(view.selection.node)) api.selectNode(view.selection.node);
  const sigma = renderer.sigma;
  const camera = sigma.getCamera();
  teardown = [
    mountSearch($<HTMLInputElement>('search'), $('search-suggestions'), graph, index.hints),
    mountDetails($('details'), graph, index),
    mountStrip($('strip'), graph, index),
    mountFilters($('filters'), graph, index, renderer, layout),
    syncUrl(name, () => camera.getState(), (listener) => {
      camera.on('updated', listener);
      return () => camera.off('updated', listener);
    }),
  ];
  if (waiting) loadFilterEntities(graph, index, waiting).then(() => data.get().graph === graph && filters.set(waiting), () => undefined);
  fileLoaded(version, carried.lost.length ? { text: carried.lost.join(' '), error: false } : null);
  if (version !== null) teardown.push(pollGraphVersion(name, fileSeen));
  const docs = graph.getAttribute('documents');
  document.title = `${docs[0]?.title || graph.getAttribute('name') || name} · turngraph`;
  status.textContent = `${graph.order} entities · ${graph.size} relations`;
  document.body.dataset.ready = 'true';
}

function close(): void {
  teardown.forEach((off) => off());
  teardown = [];
  layout?.kill();
  renderer?.kill();
  api.setRenderer(null);
  renderer = null;
  layout = null;
  delete document.body.dataset.ready;
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  clearSelection();
  setQuery('');
  hover.set({ node: null, edge: null });
});

// A read-only handle for other modules and for debugging in the console.
Object.assign(window, { turngraph: api });

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  status.textContent = `Error: ${message}`;
  status.classList.add('error');
  console.warn(`turngraph: ${message}`);
});
