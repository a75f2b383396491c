// Canvas layers of our own on top of Sigma's (the focus layer, the Neo4j marks): sized to the stage in device
// pixels and drawn in CSS pixels, like Sigma's own layers.
import type { KnowledgeSigma } from './renderer.ts';

/** Keeps `canvas` at the stage's size in device pixels, sets the context to CSS pixels; returns the CSS size. */
export function fitOverlay(sigma: KnowledgeSigma, canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): { width: number; height: number } {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { width, height };
}
