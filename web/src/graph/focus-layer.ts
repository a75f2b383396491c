// Big graphs: the hover/selection focus drawn on a canvas of its own over sigma's picture, which CSS turns pale.
// A focus change redraws the focused few nodes and edges, not every reducer over 250k edges and a re-index.
import { drawDiscNodeHover } from 'sigma/rendering';
import type { ViewerGraph } from '../../../src/server/payload.ts';
import { FOCUS_COLORS, focusEdges, type Focus } from './focus.ts';
import { createEdgeLabelDrawer, RELATION_LAYER } from './edge-labels.ts';
import { createLabelDrawer, type LeaderOptions } from './labels.ts';
import { fitOverlay } from './overlay.ts';
import type { KnowledgeSigma } from './renderer.ts';
import type { Visibility } from './visibility.ts';

/** Filters that paint every drawn pixel of sigma's node and edge layers in one pale colour (alpha kept). */
const DIM_FILTER = {
  // brightness(0) makes the ink black; invert(a) turns black into grey 255·a: 0.89 ≈ #e3e6ea, 0.945 ≈ #f1f2f4.
  nodes: 'brightness(0) invert(0.89)',
  edges: 'brightness(0) invert(0.945)',
} as const;
/** Layers hidden while a focus is shown: outside it labels are not drawn (as the reducers do on small graphs). */
const HIDDEN_LAYERS = ['labels', 'edgeLabels', RELATION_LAYER];
const LAYER_ID = 'focus';

export interface FocusLayerInput {
  graph: ViewerGraph;
  focus: () => Focus | null;
  visibility: () => Visibility;
  /** The selected node, drawn highlighted (sigma highlights the hovered one itself). */
  selected: () => string | null;
  /** Which labels win where they would overlap (the renderer's label priority). */
  labelPriority: (key: string) => number;
  /** Where focus labels that find no room beside their node go (the renderer's leader lines). */
  labelLeader: LeaderOptions;
}

export interface FocusLayer {
  /** Redraws the focus (after a focus change; sigma's renders redraw it on their own). */
  draw(): void;
  kill(): void;
}

export function createFocusLayer(sigma: KnowledgeSigma, input: FocusLayerInput): FocusLayer {
  const { graph } = input;
  const canvas = sigma.createCanvas(LAYER_ID, { afterLayer: 'labels' }) as HTMLCanvasElement;
  const context = canvas.getContext('2d')!;
  const labels = createLabelDrawer(input.labelPriority, input.labelLeader);
  // Every relation type handed over is wanted; the selected edge's first.
  const edgeLabels = createEdgeLabelDrawer({ wanted: () => true, priority: (key) => (key === input.focus()?.edge ? 1 : 0) });
  const sigmaCanvases = sigma.getCanvases();
  let dimmed = false;

  const setDimmed = (on: boolean) => {
    if (on === dimmed) return;
    dimmed = on;
    sigmaCanvases.nodes.style.filter = on ? DIM_FILTER.nodes : '';
    sigmaCanvases.edges.style.filter = on ? DIM_FILTER.edges : '';
    for (const id of HIDDEN_LAYERS) if (sigmaCanvases[id]) sigmaCanvases[id].style.visibility = on ? 'hidden' : '';
  };

  const fit = () => fitOverlay(sigma, canvas, context);

  const viewport = (key: string) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) return null;
    return { ...data, ...sigma.framedGraphToViewport(data), size: sigma.scaleSize(data.size) };
  };

  const draw = () => {
    const { width, height } = fit();
    context.clearRect(0, 0, width, height);
    const focus = input.focus();
    setDimmed(focus !== null);
    if (!focus) return;
    const settings = sigma.getSettings();
    const visibility = input.visibility();
    const points = new Map<string, NonNullable<ReturnType<typeof viewport>>>();
    const at = (key: string) => {
      if (!points.has(key)) {
        const p = visibility.nodes.has(key) ? viewport(key) : null;
        if (p) points.set(key, p);
      }
      return points.get(key);
    };

    // Edges in focus, darker and a little wider than the pale rest; typed relations keep their arrowhead.
    const labelled: [string, string, string][] = [];
    for (const edge of focusEdges(graph, focus)) {
      if (!visibility.edges.has(edge)) continue;
      const [source, target] = graph.extremities(edge);
      const a = at(source);
      const b = at(target);
      if (!a || !b) continue;
      const co = graph.getEdgeAttribute(edge, 'type') === 'CO_OCCURS';
      const selected = edge === focus.edge;
      context.strokeStyle = selected ? FOCUS_COLORS.selectedEdge : co ? FOCUS_COLORS.coOccurs : FOCUS_COLORS.edge;
      context.fillStyle = context.strokeStyle;
      context.lineWidth = selected ? 3 : 1.5;
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
      if (!co) drawArrowhead(context, a, b, selected ? 9 : 6);
      if (selected || !co) labelled.push([edge, source, target]);
    }

    // Focused nodes in their own colours, their labels (centre first, no overlaps), then the relation types.
    for (const key of focus.nodes) {
      const p = at(key);
      if (!p) continue;
      context.fillStyle = p.color;
      context.beginPath();
      context.arc(p.x, p.y, Math.max(p.size, 2), 0, Math.PI * 2);
      context.fill();
    }
    for (const key of focus.nodes) {
      const p = at(key);
      if (p?.label) labels.draw(context, { key, ...p, label: p.label }, settings);
    }
    labels.flush();
    // Relation types after the node labels, around them.
    for (const [edge, source, target] of labelled) {
      const data = sigma.getEdgeDisplayData(edge);
      const label = graph.getEdgeAttribute(edge, 'type');
      const edgeData = { key: edge, label, color: FOCUS_COLORS.edge, size: data ? sigma.scaleSize(data.size) : 1 };
      const [a, b] = [{ key: source, ...at(source)! }, { key: target, ...at(target)! }];
      edgeLabels.draw(context, edgeData, a, b, settings);
    }
    edgeLabels.flush(labels.occupied());

    // The selected node, boxed like the node under the pointer.
    const selected = input.selected();
    const s = selected ? at(selected) : undefined;
    if (s && s.label) {
      drawDiscNodeHover(context, { ...s, label: s.label }, settings);
      context.fillStyle = s.color;
      context.beginPath();
      context.arc(s.x, s.y, Math.max(s.size, 2), 0, Math.PI * 2);
      context.fill();
    }
  };

  const onRender = () => draw();
  sigma.on('afterRender', onRender);
  return {
    draw() {
      draw();
      performance.clearMarks('turngraph:focus-drawn');
      performance.mark('turngraph:focus-drawn');
    },
    kill() {
      sigma.off('afterRender', onRender);
      setDimmed(false);
      sigma.killLayer(LAYER_ID);
    },
  };
}

function drawArrowhead(context: CanvasRenderingContext2D, from: { x: number; y: number }, to: { x: number; y: number; size: number }, length: number): void {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.hypot(dx, dy);
  if (d <= to.size + length) return;
  const [ux, uy] = [dx / d, dy / d];
  const tip = { x: to.x - ux * to.size, y: to.y - uy * to.size };
  const half = length * 0.45;
  context.beginPath();
  context.moveTo(tip.x, tip.y);
  context.lineTo(tip.x - ux * length - uy * half, tip.y - uy * length + ux * half);
  context.lineTo(tip.x - ux * length + uy * half, tip.y - uy * length - ux * half);
  context.closePath();
  context.fill();
}
