// Zooming big graphs: each wheel notch scales the drawn layers around the pointer (a CSS transform, no WebGL
// redraw); once the wheel rests, the camera moves once and sigma draws the new view.
import type { KnowledgeSigma } from './renderer.ts';

/** How long the wheel rests before the zoomed view is drawn. */
export const ZOOM_SETTLE_MS = 150;

export interface SlidingZoom {
  kill(): void;
}

/**
 * Takes over sigma's wheel zoom: sigma animates the camera over ~250 ms and redraws every node each frame (50k
 * points per frame in software WebGL); here each notch composes a scale about the pointer into one CSS transform
 * of the layers, and when the wheel rests the camera jumps to the same view (the point that stayed fixed under the
 * composed scale is kept in place) and the render that draws it drops the transform.
 */
export function enableSlidingZoom(sigma: KnowledgeSigma): SlidingZoom {
  const captor = sigma.getMouseCaptor();
  const camera = sigma.getCamera();
  const layers = () => Object.entries(sigma.getCanvases()).filter(([id]) => id !== 'mouse').map(([, canvas]) => canvas);
  // Viewport point p is shown at scale · p + shift.
  let scale = 1;
  let shift = { x: 0, y: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = () => {
    const transform = scale === 1 && shift.x === 0 && shift.y === 0 ? '' : `translate(${shift.x}px, ${shift.y}px) scale(${scale})`;
    for (const canvas of layers()) {
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = transform;
    }
  };
  const settle = () => {
    let state;
    if (Math.abs(scale - 1) > 1e-9) {
      // The fixed point f = scale · f + shift stays where it is while the ratio shrinks by `scale`.
      const fixed = { x: shift.x / (1 - scale), y: shift.y / (1 - scale) };
      state = sigma.getViewportZoomedState(fixed, camera.ratio / scale);
    } else if (shift.x === 0 && shift.y === 0) {
      return show();
    } else {
      // Zoomed in and back out about different points: what is left is a translation, moved as a pan.
      const a = sigma.viewportToFramedGraph({ x: 0, y: 0 });
      const b = sigma.viewportToFramedGraph(shift);
      state = { x: camera.x + a.x - b.x, y: camera.y + a.y - b.y };
    }
    scale = 1;
    shift = { x: 0, y: 0 };
    sigma.once('afterRender', () => scale === 1 && shift.x === 0 && shift.y === 0 && show());
    camera.setState(state);
  };
  const onWheel = (event: { x: number; y: number; delta: number; sigmaDefaultPrevented: boolean }) => {
    // Sigma 3.0.3's wheel event is a copy of the coordinates whose preventSigmaDefault() flags the original, so
    // its own zoom would still run; the flag it reads is set here directly.
    event.sigmaDefaultPrevented = true;
    if (!event.delta || captor.isMouseDown) return;
    const ratio = sigma.getSettings().zoomingRatio;
    const target = camera.getBoundedRatio(camera.ratio / (scale * (event.delta > 0 ? ratio : 1 / ratio)));
    const step = camera.ratio / target / scale;
    if (Math.abs(step - 1) < 1e-9) return;
    scale *= step;
    shift = { x: step * shift.x + event.x * (1 - step), y: step * shift.y + event.y * (1 - step) };
    show();
    clearTimeout(timer);
    timer = setTimeout(settle, ZOOM_SETTLE_MS);
  };

  captor.on('wheel', onWheel);
  return {
    kill() {
      clearTimeout(timer);
      captor.off('wheel', onWheel);
      scale = 1;
      show();
    },
  };
}
