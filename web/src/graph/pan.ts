// Panning big graphs: while the mouse drags the stage, the drawn layers slide with the pointer (a CSS
// translation, no WebGL redraw); the camera moves once, on release, and sigma then draws the new view.
import type { KnowledgeSigma } from './renderer.ts';

/** Pointer travel (px) from which a press counts as a drag, so the click that ends it selects nothing. */
export const DRAG_TOLERANCE_PX = 3;

export interface SlidingPan {
  /** True when the last press was a drag: its click must not select or clear anything. */
  wasDrag(): boolean;
  kill(): void;
}

interface Point {
  x: number;
  y: number;
}

/**
 * Takes over sigma's mouse drag: each move only translates the canvases (the GPU does not redraw 50k nodes
 * per frame); on release the camera jumps to where the picture was dragged and the translation is dropped
 * by the render that draws the new view, so no frame shows the old picture in the old place.
 */
export function enableSlidingPan(sigma: KnowledgeSigma): SlidingPan {
  const captor = sigma.getMouseCaptor();
  const canvases = () => Object.entries(sigma.getCanvases());
  const layers = () => canvases().filter(([id]) => id !== 'mouse').map(([, canvas]) => canvas);
  // While dragging, the pointer must not hit sigma's mouse layer: each hit reads the picking buffer and a
  // new node under the pointer redraws the hover layer after scanning every edge for labels (~0.1-0.5 s
  // per node crossed at 250k edges). With the layer out of hit-testing, the release's click does not reach
  // sigma either, so a drag never selects or clears the selection.
  const mouseLayer = () => canvases().find(([id]) => id === 'mouse')?.[1];
  let start: Point | null = null;
  let offset: Point = { x: 0, y: 0 };
  let dragged = false;

  const slide = (to: Point | null) => {
    const transform = to ? `translate(${to.x}px, ${to.y}px)` : '';
    for (const canvas of layers()) canvas.style.transform = transform;
  };
  const onDown = (event: Point) => {
    start = captor.isMouseDown ? { x: event.x, y: event.y } : null;
    offset = { x: 0, y: 0 };
    dragged = false;
  };
  const onMove = ({ event }: { event: Point & { preventSigmaDefault(): void } }) => {
    if (!start || !captor.isMouseDown) return;
    // Sigma would move the camera and redraw everything for this move; the translation replaces that.
    event.preventSigmaDefault();
    offset = { x: event.x - start.x, y: event.y - start.y };
    if (!dragged && Math.hypot(offset.x, offset.y) >= DRAG_TOLERANCE_PX) {
      dragged = true;
      const layer = mouseLayer();
      if (layer) layer.style.pointerEvents = 'none';
    }
    slide(offset);
  };
  const onUp = () => {
    if (!start) return;
    const from = start;
    start = null;
    const layer = mouseLayer();
    if (layer) layer.style.pointerEvents = '';
    if (offset.x === 0 && offset.y === 0) return slide(null);
    // The graph point that was under the pointer at the press is under it now.
    const a = sigma.viewportToFramedGraph(from);
    const b = sigma.viewportToFramedGraph({ x: from.x + offset.x, y: from.y + offset.y });
    sigma.once('afterRender', () => {
      if (!start) slide(null);
    });
    const camera = sigma.getCamera();
    camera.setState({ x: camera.x + a.x - b.x, y: camera.y + a.y - b.y });
  };

  captor.on('mousedown', onDown);
  captor.on('mouseup', onUp);
  sigma.on('moveBody', onMove);
  return {
    wasDrag: () => dragged,
    kill() {
      captor.off('mousedown', onDown);
      captor.off('mouseup', onUp);
      sigma.off('moveBody', onMove);
      slide(null);
    },
  };
}
