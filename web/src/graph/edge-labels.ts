// Relation types written along their edges without overlaps: the labels of a frame are placed after it, most
// important first; relations between the same two nodes share one label; each label slides along its edge
// and to either side of it until it clears the labels and node discs already there, or is left out.
import type { EdgeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ViewerEdgeAttrs, ViewerGraphAttrs, ViewerNodeAttrs } from '../../../src/server/payload.ts';

/** An axis-aligned box in viewport px: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

/** The renderer's canvas layer for relation types (above sigma's edge label layer). */
export const RELATION_LAYER = 'relationLabels';
/** Where along the edge (share of its free length) a label is tried, in turn: the middle, then out to the ends. */
const ALONG = [0.5, ...[1, 2, 3, 4, 5, 6, 7].flatMap((k) => [0.5 - k * 0.06, 0.5 + k * 0.06])];
/** How many label heights further out from the edge (middle third) a label is tried when none of ALONG is free. */
const FURTHER = [1, 2, 3];
const PLATE = 'rgba(255,255,255,0.9)';
/** Plate margin (px) before and after the text, so it does not run into the lines it interrupts. */
const PAD = 3;
/** Between several relation types of one pair of nodes. */
const JOIN = ' · ';

interface End {
  key: string;
  x: number;
  y: number;
  size: number;
}

interface Request {
  key: string;
  label: string;
  size: number;
  source: End;
  target: End;
}

/** A rotated box: centre, half width and height, unit axis along the text. */
interface Oriented {
  cx: number;
  cy: number;
  hw: number;
  hh: number;
  ux: number;
  uy: number;
}

export interface EdgeLabelDrawer {
  /** Sigma's defaultDrawEdgeLabel: only records the request. */
  draw: EdgeLabelDrawingFunction<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs>;
  /** Places and draws the recorded labels, clear of `obstacles` (node labels, say), on `target` if given. */
  flush(obstacles?: readonly Box[], target?: CanvasRenderingContext2D): void;
  /** Forgets the requests of a frame that was not flushed. */
  reset(): void;
}

export interface EdgeLabelOptions {
  /** Whether an edge's label is shown at all now (zoom, focus, hover). */
  wanted(key: string): boolean;
  /** Higher first where labels compete for room. */
  priority(key: string): number;
}

export function createEdgeLabelDrawer(options: EdgeLabelOptions): EdgeLabelDrawer {
  let requests: Request[] = [];
  let context: CanvasRenderingContext2D | null = null;
  let settings: Settings<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs> | null = null;
  const end = (d: { x: number; y: number; size: number }): End => ({ key: (d as { key?: string }).key ?? '', x: d.x, y: d.y, size: d.size });
  const draw: EdgeLabelDrawer['draw'] = (ctx, edge, source, target, s) => {
    const key = (edge as { key?: string }).key;
    if (!edge.label || !key || !options.wanted(key)) return;
    context = ctx;
    settings = s;
    requests.push({ key, label: edge.label, size: edge.size, source: end(source), target: end(target) });
  };

  const flush = (obstacles: readonly Box[] = [], target?: CanvasRenderingContext2D) => {
    const batch = requests;
    requests = [];
    if (!context || !settings || batch.length === 0) return;
    const ctx = target ?? context;
    const size = settings.edgeLabelSize;
    ctx.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;

    // One label per pair of nodes: its types, each once, in order of importance.
    const pairs = new Map<string, Request & { rank: number; types: string[] }>();
    for (const r of batch) {
      const rank = options.priority(r.key);
      const id = r.source.key < r.target.key ? `${r.source.key}\u0000${r.target.key}` : `${r.target.key}\u0000${r.source.key}`;
      const pair = pairs.get(id);
      if (!pair) pairs.set(id, { ...r, rank, types: [r.label] });
      else {
        if (!pair.types.includes(r.label)) pair.types.push(r.label);
        pair.rank = Math.max(pair.rank, rank);
        pair.size = Math.max(pair.size, r.size);
      }
    }
    // Most important first; then the shorter edges, which have the fewest places to offer.
    const length = (r: Request) => Math.hypot(r.target.x - r.source.x, r.target.y - r.source.y) - r.source.size - r.target.size;
    const ordered = [...pairs.values()].sort((a, b) => b.rank - a.rank || length(a) - length(b));

    const dpr = window.devicePixelRatio || 1;
    const view: Box = [0, 0, ctx.canvas.width / dpr, ctx.canvas.height / dpr];
    const taken: Oriented[] = obstacles.map(fromBox);
    // The discs of the nodes these edges join: a label over a node hides it.
    const discs = new Map<string, End>();
    for (const r of ordered) for (const e of [r.source, r.target]) discs.set(e.key, e);
    for (const e of discs.values()) taken.push(fromBox([e.x - e.size, e.y - e.size, e.x + e.size, e.y + e.size]));

    const drawn: [string, Oriented][] = [];
    for (const r of ordered) {
      const text = r.types.join(JOIN);
      const width = ctx.measureText(text).width;
      const spot = placeAlong(r, width, size, taken, view);
      if (!spot) continue;
      taken.push(spot);
      drawn.push([text, spot]);
    }
    // Each on a pale plate: near-parallel relations pass under a label, and their lines would cross its letters.
    const color = settings.edgeLabelColor.color ?? '#000';
    ctx.textBaseline = 'middle';
    for (const [text, o] of drawn) {
      ctx.save();
      ctx.translate(o.cx, o.cy);
      ctx.rotate(Math.atan2(o.uy, o.ux));
      ctx.fillStyle = PLATE;
      ctx.fillRect(-o.hw, -o.hh, o.hw * 2, o.hh * 2);
      ctx.fillStyle = color;
      ctx.fillText(text, -(o.hw - PAD), 0);
      ctx.restore();
    }
    ctx.textBaseline = 'alphabetic';
  };
  return { draw, flush, reset: () => void (requests = []) };
}

/** The first free place for a label of `width` along the edge (either side of it), or null. */
function placeAlong(r: Request, width: number, size: number, taken: Oriented[], view: Box): Oriented | null {
  const dx = r.target.x - r.source.x;
  const dy = r.target.y - r.source.y;
  const d = Math.hypot(dx, dy);
  if (d <= r.source.size + r.target.size) return null;
  // Text reads left to right: the axis points right (or down, for a vertical edge).
  let [ux, uy] = [dx / d, dy / d];
  if (ux < 0 || (ux === 0 && uy < 0)) [ux, uy] = [-ux, -uy];
  const [nx, ny] = [-uy, ux];
  const from = r.source.size / d;
  const free = 1 - (r.source.size + r.target.size) / d;
  const hw = width / 2 + PAD;
  const hh = size / 2 + 1;
  const off = r.size / 2 + hh + 1;
  // Beside the edge at each point along it; then, for an edge too short or too crowded, further out from its
  // middle third (still parallel to it).
  const tries: [number, number][] = [...ALONG.map((t): [number, number] => [t, off]), ...FURTHER.flatMap((k) => [0.5, 0.35, 0.65].map((t): [number, number] => [t, off + k * hh * 2]))];
  for (const [t, distance] of tries) {
    const at = from + t * free;
    const px = r.source.x + dx * at;
    const py = r.source.y + dy * at;
    for (const side of [1, -1]) {
      const o: Oriented = { cx: px + nx * distance * side, cy: py + ny * distance * side, hw, hh, ux, uy };
      if (inside(o, view) && !taken.some((other) => overlap(o, other))) return o;
    }
  }
  return null;
}

function fromBox([l, t, r, b]: Box): Oriented {
  return { cx: (l + r) / 2, cy: (t + b) / 2, hw: (r - l) / 2, hh: (b - t) / 2, ux: 1, uy: 0 };
}

function inside(o: Oriented, [l, t, r, b]: Box): boolean {
  const ex = Math.abs(o.ux) * o.hw + Math.abs(o.uy) * o.hh;
  const ey = Math.abs(o.uy) * o.hw + Math.abs(o.ux) * o.hh;
  return o.cx - ex >= l && o.cx + ex <= r && o.cy - ey >= t && o.cy + ey <= b;
}

/** Separating-axis test of two rotated boxes. */
export function overlap(a: Oriented, b: Oriented): boolean {
  const axes: [number, number][] = [[a.ux, a.uy], [-a.uy, a.ux], [b.ux, b.uy], [-b.uy, b.ux]];
  const [dx, dy] = [b.cx - a.cx, b.cy - a.cy];
  for (const [x, y] of axes) {
    const ra = a.hw * Math.abs(a.ux * x + a.uy * y) + a.hh * Math.abs(-a.uy * x + a.ux * y);
    const rb = b.hw * Math.abs(b.ux * x + b.uy * y) + b.hh * Math.abs(-b.uy * x + b.ux * y);
    if (Math.abs(dx * x + dy * y) > ra + rb) return false;
  }
  return true;
}
