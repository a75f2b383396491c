// URL state: graph, selection, filters and camera live in the hash (#g=…&node=…&cam=x,y,ratio), so a copied
// link reopens the same view. Reading is pure (parseViewState); writing uses history.replaceState.
import { ENTITY_TYPES, type EntityType } from '../../src/model.ts';
import { cameraToString, parseCamera } from './graph/camera.ts';
import { DEFAULT_FILTERS, filters, type ColorMode, type FilterState, type SizeMode } from './state/filters.ts';
import { EMPTY_SELECTION, selection, type SelectionState } from './state/selection.ts';
import type { CameraState } from 'sigma/types';

export interface ViewState {
  graph: string | null;
  selection: SelectionState;
  filters: FilterState;
  camera: Pick<CameraState, 'x' | 'y' | 'ratio'> | null;
}

export function parseViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const types = (p.get('hide') ?? '').split(',').filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t));
  const color = p.get('color');
  const size = p.get('size');
  const min = Number(p.get('min'));
  const highlighted = (p.get('hl') ?? '').split(',').filter(Boolean);
  return {
    graph: p.get('g'),
    selection: {
      ...EMPTY_SELECTION,
      node: p.get('node'),
      edge: p.get('node') ? null : p.get('edge'),
      turn: p.get('node') || p.get('edge') ? null : p.get('turn'),
      highlighted: p.get('node') || p.get('edge') || p.get('turn') ? [] : highlighted,
    },
    filters: {
      ...DEFAULT_FILTERS,
      hiddenTypes: types,
      speaker: p.get('speaker'),
      document: p.get('doc'),
      hideCoOccurs: p.get('co') === '0',
      minEvidence: Number.isInteger(min) && min >= 1 ? min : DEFAULT_FILTERS.minEvidence,
      colorBy: color === 'community' ? ('community' as ColorMode) : DEFAULT_FILTERS.colorBy,
      sizeBy: size === 'pagerank' || size === 'file' ? (size as SizeMode) : DEFAULT_FILTERS.sizeBy,
    },
    camera: parseCamera(p.get('cam')),
  };
}

export function formatViewState(state: ViewState): string {
  const p = new URLSearchParams();
  const { selection: s, filters: f } = state;
  if (state.graph) p.set('g', state.graph);
  if (s.node) p.set('node', s.node);
  else if (s.edge) p.set('edge', s.edge);
  else if (s.turn) p.set('turn', s.turn);
  else if (s.highlighted.length) p.set('hl', s.highlighted.join(','));
  if (f.hiddenTypes.length) p.set('hide', [...f.hiddenTypes].sort().join(','));
  if (f.speaker) p.set('speaker', f.speaker);
  if (f.document) p.set('doc', f.document);
  if (f.hideCoOccurs) p.set('co', '0');
  if (f.minEvidence !== DEFAULT_FILTERS.minEvidence) p.set('min', String(f.minEvidence));
  if (f.colorBy !== DEFAULT_FILTERS.colorBy) p.set('color', f.colorBy);
  if (f.sizeBy !== DEFAULT_FILTERS.sizeBy) p.set('size', f.sizeBy);
  if (state.camera) p.set('cam', cameraToString({ ...state.camera, angle: 0 }));
  return `#${p.toString()}`;
}

/** Keeps the hash in step with state and the camera; returns an unsubscribe function. */
export function syncUrl(graphName: string, getCamera: () => CameraState, onCamera: (listener: () => void) => () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const camera = getCamera();
    const moved = Math.abs(camera.x - 0.5) > 1e-4 || Math.abs(camera.y - 0.5) > 1e-4 || Math.abs(camera.ratio - 1) > 1e-4;
    const hash = formatViewState({ graph: graphName, selection: selection.get(), filters: filters.get(), camera: moved ? camera : null });
    if (hash !== location.hash) history.replaceState(null, '', hash);
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, 150);
  };
  const offs = [selection.subscribe(schedule), filters.subscribe(schedule), onCamera(schedule)];
  schedule(); // the view as drawn: a link's parts that did not apply are gone from it
  return () => {
    if (timer) clearTimeout(timer);
    offs.forEach((off) => off());
  };
}
