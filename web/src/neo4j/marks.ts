// Marks nodes loaded from Neo4j with a dashed ring, drawn on a canvas layer of their own after each Sigma frame
// (the renderer and its reducers stay untouched). Cheap: only the loaded nodes are visited.
import { fitOverlay } from '../graph/overlay.ts';
import type { KnowledgeSigma } from '../graph/renderer.ts';

export const MARK_COLOR = '#018bff';
const installed = new WeakSet<KnowledgeSigma>();

/** Installs the ring layer once per Sigma instance; `keys` is read on every frame. */
export function installMarks(sigma: KnowledgeSigma, keys: () => ReadonlySet<string>): void {
  if (installed.has(sigma)) return void sigma.scheduleRender();
  installed.add(sigma);
  const canvas = sigma.createCanvas('neo4jMarks', { beforeLayer: 'labels' });
  const context = canvas.getContext('2d')!;
  const draw = () => {
    const { width, height } = fitOverlay(sigma, canvas, context);
    context.clearRect(0, 0, width, height);
    context.strokeStyle = MARK_COLOR;
    context.lineWidth = 2;
    context.setLineDash([4, 3]);
    for (const key of keys()) {
      const display = sigma.getNodeDisplayData(key);
      if (!display || display.hidden) continue;
      const { x, y } = sigma.framedGraphToViewport(display);
      context.beginPath();
      context.arc(x, y, sigma.scaleSize(display.size) + 3.5, 0, Math.PI * 2);
      context.stroke();
    }
  };
  sigma.on('afterRender', draw);
  sigma.scheduleRender();
}
