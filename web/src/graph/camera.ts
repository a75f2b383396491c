// Camera moves: centre on a node (search, panel links), bring an edge's ends into view, read/write the camera for the URL.
import type { CameraState } from 'sigma/types';
import type { KnowledgeSigma } from './renderer.ts';

export const FOCUS_RATIO = 0.4;
/** Focusing keeps this many of the node's nearest drawn neighbours in view (a small graph's are far apart). */
const FOCUS_NEIGHBOURS = 3;
/** Camera ratio per unit of framed distance from the centre that stays in view, with a margin for labels. */
const RATIO_PER_DISTANCE = 2.5;

/**
 * Centres the camera on a node, zoomed in to FOCUS_RATIO, or less far when its nearest drawn neighbours would fall
 * outside the view there; never zooms out from where the camera is.
 */
export function focusCamera(sigma: KnowledgeSigma, key: string, duration = 450): void {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return;
  const camera = sigma.getCamera();
  const ratio = Math.min(camera.ratio, Math.max(FOCUS_RATIO, RATIO_PER_DISTANCE * nearDistance(sigma, key, data)));
  void camera.animate({ x: data.x, y: data.y, ratio }, { duration });
}

/** Moves the camera so both ends of an edge are in view, when one is not: centred between them, zoomed out as needed. */
export function showEdge(sigma: KnowledgeSigma, key: string, duration = 450): void {
  const graph = sigma.getGraph();
  if (!graph.hasEdge(key)) return;
  const [source, target] = graph.extremities(key);
  if (nodeInView(sigma, source) && nodeInView(sigma, target)) return;
  const a = sigma.getNodeDisplayData(source);
  const b = sigma.getNodeDisplayData(target);
  if (!a || !b) return;
  const camera = sigma.getCamera();
  const ratio = Math.max(camera.ratio, (RATIO_PER_DISTANCE * Math.hypot(a.x - b.x, a.y - b.y)) / 2);
  void camera.animate({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio }, { duration });
}

/** Framed-graph distance from the node to its FOCUS_NEIGHBOURS-th nearest drawn neighbour (or farthest, if fewer). */
function nearDistance(sigma: KnowledgeSigma, key: string, at: { x: number; y: number }): number {
  const distances: number[] = [];
  for (const other of sigma.getGraph().neighbors(key)) {
    const d = sigma.getNodeDisplayData(other);
    if (d && !d.hidden) distances.push(Math.hypot(d.x - at.x, d.y - at.y));
  }
  if (distances.length === 0) return 0;
  distances.sort((a, b) => a - b);
  return distances[Math.min(FOCUS_NEIGHBOURS, distances.length) - 1];
}

export function cameraToString(state: CameraState): string {
  return [state.x, state.y, state.ratio].map((v) => Number(v.toFixed(4))).join(',');
}

export function parseCamera(text: string | null): Pick<CameraState, 'x' | 'y' | 'ratio'> | null {
  if (!text) return null;
  const [x, y, ratio] = text.split(',').map(Number);
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return null;
  return { x, y, ratio };
}

/** Where the camera looks, in graph coordinates: what the viewport's centre shows and how far apart 100 px are. */
export interface GraphSpot {
  centre: { x: number; y: number };
  step: { x: number; y: number };
  angle: number;
  /** The camera as it was, for a graph whose frame cannot be measured (a single node). */
  camera: CameraState;
}

const SPOT_PX = 100;

export function captureSpot(sigma: KnowledgeSigma): GraphSpot {
  const { width, height } = sigma.getDimensions();
  const camera = sigma.getCamera().getState();
  return {
    centre: sigma.viewportToGraph({ x: width / 2, y: height / 2 }),
    step: sigma.viewportToGraph({ x: width / 2 + SPOT_PX, y: height / 2 }),
    angle: camera.angle,
    camera,
  };
}

/**
 * Points the camera of a freshly drawn graph at the same spot and scale in graph coordinates, so a new version of a
 * file whose extent changed does not jump; the same extent gives back the same camera.
 */
export function placeAtSpot(sigma: KnowledgeSigma, spot: GraphSpot): void {
  const camera = sigma.getCamera();
  const framed = (point: { x: number; y: number }) => sigma.viewportToFramedGraph(sigma.graphToViewport(point));
  const a = sigma.graphToViewport(spot.centre);
  const b = sigma.graphToViewport(spot.step);
  const pixels = Math.hypot(b.x - a.x, b.y - a.y);
  if (!(pixels > 1e-9) || !Number.isFinite(pixels)) return void camera.setState(spot.camera);
  const centre = framed(spot.centre);
  camera.setState({ x: centre.x, y: centre.y, ratio: (camera.getState().ratio * pixels) / SPOT_PX, angle: spot.angle });
}

/** True when the node is drawn inside the viewport (with a margin). */
export function nodeInView(sigma: KnowledgeSigma, key: string, margin = 20): boolean {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return false;
  const { width, height } = sigma.getDimensions();
  const p = sigma.framedGraphToViewport(data);
  return p.x >= margin && p.y >= margin && p.x <= width - margin && p.y <= height - margin;
}
