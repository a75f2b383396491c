// Canvas label drawing: labels requested during a frame are drawn after it, most important first, skipping
// any that would overlap one already drawn; a white halo keeps them readable over edges; CJK-capable fonts.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../../../src/model.ts';

export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

type Rect = [number, number, number, number];

interface Request {
  key: string;
  label: string;
  x: number;
  y: number;
  size: number;
}

export interface LabelDrawer {
  /** Sigma's defaultDrawNodeLabel: only records the request. */
  draw: NodeLabelDrawingFunction<NodeAttrs, EdgeAttrs, GraphAttrs>;
  /** Sigma's afterRender: draws the recorded labels by priority without overlaps. */
  flush(): void;
  /** Sigma's beforeRender: forgets requests of a frame that was not flushed. */
  reset(): void;
}

export function createLabelDrawer(priority: (key: string) => number): LabelDrawer {
  let requests: Request[] = [];
  let context: CanvasRenderingContext2D | null = null;
  let settings: Settings<NodeAttrs, EdgeAttrs, GraphAttrs> | null = null;
  const draw: LabelDrawer['draw'] = (ctx, data, s) => {
    if (!data.label) return;
    context = ctx;
    settings = s;
    requests.push({ key: data.key, label: data.label, x: data.x, y: data.y, size: data.size });
  };
  const flush = () => {
    const batch = requests;
    requests = [];
    if (!context || !settings || batch.length === 0) return;
    const ctx = context;
    const size = settings.labelSize;
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    const placed: Rect[] = [];
    batch.sort((a, b) => priority(b.key) - priority(a.key) || b.size - a.size);
    const maxX = ctx.canvas.width / (window.devicePixelRatio || 1);
    const overlaps = (rect: Rect) =>
      rect[0] < 0 || rect[2] > maxX || placed.some((p) => rect[0] < p[2] && rect[2] > p[0] && rect[1] < p[3] && rect[3] > p[1]);
    for (const r of batch) {
      const y = r.y + size / 3;
      const width = ctx.measureText(r.label).width;
      // Right of the node first, else left of it, else not at all.
      const candidates = [r.x + r.size + 3, r.x - r.size - 3 - width];
      const x = candidates.find((cx) => !overlaps([cx - 2, y - size, cx + width + 2, y + size * 0.35]));
      if (x === undefined) continue;
      placed.push([x - 2, y - size, x + width + 2, y + size * 0.35]);
      ctx.strokeStyle = 'rgba(255,255,255,0.92)';
      ctx.strokeText(r.label, x, y);
      ctx.fillStyle = '#1f2328';
      ctx.fillText(r.label, x, y);
    }
  };
  return { draw, flush, reset: () => void (requests = []) };
}
