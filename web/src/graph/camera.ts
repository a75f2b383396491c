// Camera moves: centre on a node (search, panel links), fit a set of nodes, read/write the camera for the URL.
import type { CameraState } from 'sigma/types';
import type { KnowledgeSigma } from './renderer.ts';

export const FOCUS_RATIO = 0.4;

export function focusCamera(sigma: KnowledgeSigma, key: string, duration = 450): void {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return;
  const camera = sigma.getCamera();
  void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration });
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
