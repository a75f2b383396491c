// Canvas label drawing: labels requested during a frame are drawn after it, most important first, skipping any
// that would overlap one drawn; a focus's labels try four sides, then move out on a dotted leader; halo, CJK fonts.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ViewerEdgeAttrs, ViewerGraphAttrs, ViewerNodeAttrs } from '../../../src/server/payload.ts';

export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** Labels of a focus (priority ≥ `minPriority`) that find no room beside their node are moved out, on a leader line. */
export interface LeaderOptions {
  minPriority: number;
  /** Where the focus is (viewport px): a moved label goes away from it, along the line from it through its node. */
  origin(): { x: number; y: number } | null;
  /** The focus's own node: its label stays right of it whatever lies there, where sigma boxes it when selected. */
  centre(): string | null;
}

/**
 * How far (px beyond the node's disc) a label may be moved out, and the turns tried on each side of the ray (last,
 * back towards the focus: a node at the edge of the view has no room further out).
 */
const LEADER_STEPS = [14, 26, 40, 56, 74, 96, 120];
const LEADER_TURNS = [0, 0.3, -0.3, 0.6, -0.6, 1.2, -1.2, Math.PI - 0.5, 0.5 - Math.PI];
/** At most this many labels of one frame are moved out (a hub with thousands of neighbours stays bounded). */
const LEADER_MAX = 80;
const LEADER_COLOR = '#9ca3af';
const LEADER_DASH = [2, 2];

/** A label's box in viewport px: [left, top, right, bottom]. */
export type Rect = [number, number, number, number];

interface Request {
  key: string;
  label: string;
  x: number;
  y: number;
  size: number;
}

export interface LabelDrawer {
  /** Sigma's defaultDrawNodeLabel: only records the request. */
  draw: NodeLabelDrawingFunction<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs>;
  /** Sigma's afterRender: draws the recorded labels by priority without overlaps. */
  flush(): void;
  /** Sigma's beforeRender: forgets requests of a frame that was not flushed. */
  reset(): void;
  /** Where relation types must not go after the last flush: the labels it drew and the discs of their nodes. */
  occupied(): readonly Rect[];
}

const hits = (a: Rect, b: Rect) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

export function createLabelDrawer(priority: (key: string) => number, leader?: LeaderOptions): LabelDrawer {
  let requests: Request[] = [];
  let drawn: Rect[] = [];
  let context: CanvasRenderingContext2D | null = null;
  let settings: Settings<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs> | null = null;
  const draw: LabelDrawer['draw'] = (ctx, data, s) => {
    if (!data.label) return;
    context = ctx;
    settings = s;
    requests.push({ key: data.key, label: data.label, x: data.x, y: data.y, size: data.size });
  };
  const flush = () => {
    const batch = requests;
    requests = [];
    drawn = [];
    if (!context || !settings || batch.length === 0) return;
    const ctx = context;
    const size = settings.labelSize;
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.lineJoin = 'round';
    const ranked = batch.map((r) => ({ ...r, rank: priority(r.key) }));
    ranked.sort((a, b) => b.rank - a.rank || b.size - a.size);
    const dpr = window.devicePixelRatio || 1;
    const [maxX, maxY] = [ctx.canvas.width / dpr, ctx.canvas.height / dpr];
    const placed: Rect[] = [];
    // A focus's nodes are kept clear of labels: a label over a neighbour's disc hides which node is which.
    const discs: Rect[] = [];
    if (leader) for (const r of ranked) if (r.rank >= leader.minPriority) discs.push([r.x - r.size, r.y - r.size, r.x + r.size, r.y + r.size]);
    const free = (rect: Rect) =>
      rect[0] >= 0 && rect[2] <= maxX && rect[1] >= 0 && rect[3] <= maxY && !placed.some((p) => hits(rect, p)) && !discs.some((d) => hits(rect, d));
    // The box of a label whose text starts at x on baseline y.
    const box = (x: number, y: number, width: number): Rect => [x - 2, y - size, x + width + 2, y + size * 0.35];
    const origin = leader?.origin() ?? null;
    const centre = leader?.centre() ?? null;
    let moved = 0;
    const texts: [string, number, number][] = [];
    const leaders: [number, number, number, number][] = [];
    for (const r of ranked) {
      const width = ctx.measureText(r.label).width;
      // Right of the node, left of it; a focus's labels also above and below it (pixel-aligned: crisp text).
      const y = Math.round(r.y + size / 3);
      const focused = leader !== undefined && r.rank >= leader.minPriority;
      const candidates: [number, number][] = [
        [Math.ceil(r.x + r.size + 3), y],
        [Math.floor(r.x - r.size - 3 - width), y],
        ...(focused
          ? ([
              [Math.round(r.x - width / 2), Math.floor(r.y - r.size - 5)],
              [Math.round(r.x - width / 2), Math.ceil(r.y + r.size + size + 1)],
            ] as [number, number][])
          : []),
      ];
      const pinned = r.key === centre && placed.length === 0;
      let at = pinned ? candidates[0] : candidates.find(([cx, cy]) => free(box(cx, cy, width)));
      let from: { x: number; y: number } | null = null;
      if (!at && origin && focused && moved < LEADER_MAX) {
        const out = leaderSpot(r, origin, width, size, (cx, cy) => free(box(cx, cy, width)));
        if (out) {
          moved++;
          at = out.at;
          from = out.from;
        }
      }
      if (!at) continue;
      const [x, baseline] = at;
      placed.push(box(x, baseline, width));
      texts.push([r.label, x, baseline]);
      // The leader: from the node's rim to the near end of the label's middle.
      if (from) leaders.push([from.x, from.y, from.x <= x ? x - 2 : x + width + 2, baseline - size / 3]);
    }
    drawn = [...placed, ...ranked.map((r): Rect => [r.x - r.size, r.y - r.size, r.x + r.size, r.y + r.size])];
    // Leaders first, so no line crosses a label's text; dotted, unlike relations.
    ctx.strokeStyle = LEADER_COLOR;
    ctx.lineWidth = 1;
    ctx.setLineDash(LEADER_DASH);
    for (const [x0, y0, x1, y1] of leaders) {
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.lineWidth = 3;
    for (const [label, x, baseline] of texts) {
      ctx.strokeStyle = 'rgba(255,255,255,0.92)';
      ctx.strokeText(label, x, baseline);
      ctx.fillStyle = '#1f2328';
      ctx.fillText(label, x, baseline);
    }
  };
  return { draw, flush, reset: () => void (requests = []), occupied: () => drawn };
}

/**
 * A free spot for a label moved out from its node, away from the focus origin (ray through the node, then turned
 * a little each way), nearest first: the text's start and baseline, and the node's rim where the leader starts.
 */
function leaderSpot(
  r: Request,
  origin: { x: number; y: number },
  width: number,
  size: number,
  free: (x: number, y: number) => boolean,
): { at: [number, number]; from: { x: number; y: number } } | null {
  const dx = r.x - origin.x;
  const dy = r.y - origin.y;
  const d = Math.hypot(dx, dy);
  // The focus's own node (or one on top of it): straight up, the way labels of a dense spot have most room.
  const base = d < 1 ? -Math.PI / 2 : Math.atan2(dy, dx);
  for (const step of LEADER_STEPS) {
    for (const turn of LEADER_TURNS) {
      const angle = base + turn;
      const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
      const reach = r.size + step;
      const px = r.x + ux * reach;
      const py = r.y + uy * reach;
      // The label hangs off the point on the side away from the node, its middle on the point's height.
      const x = Math.round(ux >= 0 ? px + 2 : px - width - 2);
      const baseline = Math.round(py + size / 3);
      if (free(x, baseline)) return { at: [x, baseline], from: { x: r.x + ux * r.size, y: r.y + uy * r.size } };
    }
  }
  return null;
}
