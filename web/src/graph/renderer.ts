// Sigma over the loaded graph. What the user changes (filters, hover, selection, colour and size modes) reaches
// the drawing through nodeReducer/edgeReducer, or on big graphs the focus layer; the graph is never written.
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { TYPE_COLORS } from '../../../src/model.ts';
import type { ViewerEdgeAttrs, ViewerGraphAttrs, ViewerGraph, ViewerNodeAttrs } from '../../../src/server/payload.ts';
import { filters } from '../state/filters.ts';
import { hover, hoverEdge, hoverNode } from '../state/hover.ts';
import { clearSelection, selectEdge, selectNode, selection } from '../state/selection.ts';
import { turns } from '../state/turns.ts';
import type { GraphIndex } from './data.ts';
import { createFocusLayer } from './focus-layer.ts';
import { fitOverlay } from './overlay.ts';
import { computeFocus, edgeInFocus, FOCUS_COLORS, type Focus } from './focus.ts';
import { createEdgeLabelDrawer, RELATION_LAYER } from './edge-labels.ts';
import { createLabelDrawer, LABEL_FONT, type LeaderOptions } from './labels.ts';
import { enableSlidingPan } from './pan.ts';
import { enableSlidingZoom } from './zoom.ts';
import { computeCommunities, computeSizes } from './metrics.ts';
import { computeVisibility, type Visibility } from './visibility.ts';

/** Below this camera ratio (zoomed in) typed edges show their relation as a label. */
export const CLOSE_ZOOM_RATIO = 0.45;
const FORCED_LABELS_MAX_ORDER = 3000;
/** Labels of the focus rank from here up (above every label outside it). */
const FOCUS_LABEL_PRIORITY = 2;
/** Above this many relations the graph is "big": cheaper programs, no edges or labels while moving, no edge picking. */
const BIG_GRAPH_EDGES = 20_000;
const EDGE_COLOR = '#9aa5b1';
const CO_OCCURS_COLOR = '#d9dde2';

export type KnowledgeSigma = Sigma<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs>;

export interface Renderer {
  sigma: KnowledgeSigma;
  visibility(): Visibility;
  kill(): void;
}

export function createRenderer(container: HTMLElement, graph: ViewerGraph, index: GraphIndex): Renderer {
  let visibility = computeVisibility(graph, index, filters.get());
  let sizes = computeSizes(graph, filters.get().sizeBy);
  let communities: ReturnType<typeof computeCommunities> | null = null;
  let focus: Focus | null = null;
  /** Small graphs: every named entity gets a label candidate; big ones rely on the label grid alone. */
  const forceNamedLabels = graph.order <= FORCED_LABELS_MAX_ORDER;
  /**
   * Nodes whose label many others share, as each transcript's unnamed "Guest (guest)" in an archive: a label that
   * says nothing apart from its document is drawn when in focus or where the label grid picks the node, not forced
   * (dozens of them used to fill the edges of the view).
   */
  const placeholders = repeatedLabels(graph);
  const big = graph.size > BIG_GRAPH_EDGES;

  const communityColor = (key: string) => {
    communities ??= computeCommunities(graph);
    return communities.color.get(key) ?? '#999';
  };

  // Small graphs show the focus through the reducers (a full refresh is cheap); big graphs draw it on the focus
  // layer, so their reducers never depend on hover or selection and a focus change needs no refresh.
  const reducedFocus = () => (big ? null : focus);

  const nodeReducer = (key: string, node: ViewerNodeAttrs): Partial<NodeDisplayData> => {
    const colorBy = filters.get().colorBy;
    const res: Partial<NodeDisplayData> = {
      x: node.x,
      y: node.y,
      label: node.label,
      size: sizes.get(key) ?? node.size,
      color: colorBy === 'community' ? communityColor(key) : TYPE_COLORS[node.type] ?? node.color,
      type: 'circle',
      zIndex: 1,
    };
    if (!visibility.nodes.has(key)) res.hidden = true;
    // Named entities always compete for a label (the label pass drops overlaps); concepts go through sigma's grid.
    if (forceNamedLabels && node.type !== 'concept' && !placeholders.has(key)) res.forceLabel = true;
    const shown = reducedFocus();
    if (shown) {
      if (shown.nodes.has(key)) {
        res.zIndex = 2;
        res.forceLabel = true;
      } else {
        res.color = FOCUS_COLORS.dimNode;
        res.label = null;
        res.zIndex = 0;
      }
    }
    if (!big && (key === selection.get().node || key === hover.get().node)) res.highlighted = true;
    return res;
  };

  const edgeReducer = (key: string, edge: ViewerEdgeAttrs): Partial<EdgeDisplayData> => {
    const co = edge.type === 'CO_OCCURS';
    const res: Partial<EdgeDisplayData> = {
      size: Math.min(1 + Math.log2(Math.max(edge.weight || 1, 1)), 5) * (co ? 0.7 : 1),
      color: co ? CO_OCCURS_COLOR : EDGE_COLOR,
      type: co ? 'line' : 'arrow',
      // Typed relations carry their type; whether it is drawn (zoom, focus) is the edge label drawer's call.
      label: co ? '' : edge.type,
      zIndex: co ? 0 : 1,
    };
    if (!visibility.edges.has(key)) res.hidden = true;
    const shown = reducedFocus();
    if (shown) {
      const [source, target] = graph.extremities(key);
      if (edgeInFocus(shown, key, source, target)) {
        res.color = key === shown.edge ? FOCUS_COLORS.selectedEdge : co ? FOCUS_COLORS.coOccurs : FOCUS_COLORS.edge;
        if (key === shown.edge) res.label = edge.type;
        res.zIndex = 2;
        if (key === shown.edge) {
          res.size = (res.size ?? 1) + 2;
          res.forceLabel = true;
        }
      } else {
        res.color = FOCUS_COLORS.dimEdge;
        res.zIndex = 0;
      }
    }
    if (key === hover.get().edge) {
      res.label = edge.type;
      res.forceLabel = true;
      res.color = FOCUS_COLORS.edge;
    }
    return res;
  };

  // Label priority: the focused node, then the rest of the focus (named entities before concepts), then named
  // entities before concepts, then bigger nodes. A focus's labels that find no room go out on leader lines.
  const labelPriority = (key: string) => {
    const concept = graph.getNodeAttribute(key, 'type') === 'concept';
    if (focus && key === focus.centre) return FOCUS_LABEL_PRIORITY + 2;
    if (focus?.nodes.has(key)) return concept ? FOCUS_LABEL_PRIORITY : FOCUS_LABEL_PRIORITY + 1;
    return concept || placeholders.has(key) ? 0 : 1;
  };
  let drawn: KnowledgeSigma | null = null;
  const labelLeader: LeaderOptions = { minPriority: FOCUS_LABEL_PRIORITY, origin: () => (focus && drawn ? focusOrigin(drawn, focus) : null), centre: () => focus?.centre ?? null };
  const labels = createLabelDrawer(labelPriority, labelLeader);
  // Relation types: drawn when zoomed in close, or for the focus (small graphs; big ones draw it on the focus
  // layer) and the edge under the pointer; the focus's first where they compete for room.
  const edgeLabels = createEdgeLabelDrawer({
    wanted: (key) => {
      if (key === hover.get().edge) return true;
      const shown = reducedFocus();
      if (shown) return edgeInFocus(shown, key, ...graph.extremities(key));
      // Sigma draws a first frame while it is being built, before `sigma` is assigned.
      return (drawn?.getCamera().ratio ?? Infinity) < CLOSE_ZOOM_RATIO;
    },
    priority: (key) => {
      if (key === hover.get().edge || key === focus?.edge) return 2;
      return focus && edgeInFocus(focus, key, ...graph.extremities(key)) ? 1 : 0;
    },
  });
  const sigma: KnowledgeSigma = new Sigma<ViewerNodeAttrs, ViewerEdgeAttrs, ViewerGraphAttrs>(graph, container, {
    nodeReducer,
    edgeReducer,
    defaultEdgeType: 'arrow',
    // Big graphs: sigma's default circle, arrow and thick-line programs are instanced (one draw instance per
    // node or edge), which software WebGL executes instance by instance: 50k nodes took ~3 s per draw and
    // 250k edges ~15 s. Points and 1 px lines are plain draws of one and two vertices per item.
    ...(big ? { nodeProgramClasses: { circle: NodePointProgram }, edgeProgramClasses: { arrow: EdgeLineProgram, line: EdgeLineProgram } } : {}),
    renderEdgeLabels: true,
    // Big graphs: draw edges and labels only when the camera rests, so zooming stays fluid.
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    enableEdgeEvents: !big,
    zIndex: true,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 1,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 7,
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#374151' },
    defaultDrawNodeLabel: labels.draw,
    defaultDrawEdgeLabel: edgeLabels.draw,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 50,
  });

  drawn = sigma;
  // Relation types go on a layer of their own, above sigma's (empty) edge label layer: sigma redraws its layer
  // alone when the pointer enters or leaves a node, with no event to place the labels after.
  const relationCanvas = sigma.createCanvas(RELATION_LAYER, { afterLayer: 'edgeLabels' }) as HTMLCanvasElement;
  const relationContext = relationCanvas.getContext('2d')!;
  sigma.on('beforeRender', () => {
    labels.reset();
    edgeLabels.reset();
  });
  // Node labels first: relation types find room around them.
  sigma.on('afterRender', () => {
    labels.flush();
    const { width, height } = fitOverlay(sigma, relationCanvas, relationContext);
    relationContext.clearRect(0, 0, width, height);
    edgeLabels.flush(labels.occupied(), relationContext);
  });
  sigma.scheduleRender();
  const refresh = () => sigma.refresh({ skipIndexation: true });
  const focusLayer = big
    ? createFocusLayer(sigma, { graph, focus: () => focus, visibility: () => visibility, selected: () => selection.get().node, labelPriority, labelLeader })
    : null;
  const recomputeFocus = () => {
    focus = computeFocus(graph);
  };
  const showFocus = () => {
    recomputeFocus();
    if (focusLayer) focusLayer.draw();
    else refresh();
  };

  const unsubscribe = [
    filters.subscribe((state, previous) => {
      visibility = computeVisibility(graph, index, state);
      if (state.sizeBy !== previous.sizeBy) sizes = computeSizes(graph, state.sizeBy);
      refresh();
      // A filter that hides the selected node or relation ends that selection, and the view (maybe zoomed on it)
      // goes back to the whole of what is shown, not to an empty corner.
      const { node, edge } = selection.get();
      if ((node && !visibility.nodes.has(node)) || (edge && !visibility.edges.has(edge))) {
        clearSelection();
        void sigma.getCamera().animatedReset({ duration: 300 });
      }
    }),
    selection.subscribe(showFocus),
    hover.subscribe(showFocus),
    turns.subscribe(() => selection.get().turn && showFocus()),
  ];


  // Sigma reports nodes passing under the pointer while the stage is dragged: hovering waits until the
  // mouse button is up.
  const captor = sigma.getMouseCaptor();
  sigma.on('enterNode', ({ node }) => {
    if (captor.isMouseDown) return;
    hoverNode(node);
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    if (captor.isMouseDown) return;
    hoverNode(null);
    container.style.cursor = '';
  });
  sigma.on('enterEdge', ({ edge }) => {
    hoverEdge(edge);
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveEdge', () => {
    hoverEdge(null);
    container.style.cursor = '';
  });
  // Big graphs: dragging slides the drawn picture instead of redrawing every node on each move.
  const pan = big ? enableSlidingPan(sigma) : null;
  // Big graphs: the wheel scales the drawn picture and the view is drawn once the wheel rests.
  const zoom = big ? enableSlidingZoom(sigma) : null;
  const wasDrag = () => pan?.wasDrag() ?? false;
  sigma.on('clickNode', ({ node }) => wasDrag() || selectNode(node));
  sigma.on('clickEdge', ({ edge }) => wasDrag() || selectEdge(edge));
  sigma.on('clickStage', () => wasDrag() || clearSelection());

  // The container changes size when the strip or panels render: keep the canvas in step.
  const resizeObserver = new ResizeObserver(() => sigma.scheduleRefresh());
  resizeObserver.observe(container);

  recomputeFocus();
  return {
    sigma,
    visibility: () => visibility,
    kill() {
      for (const off of unsubscribe) off();
      resizeObserver.disconnect();
      pan?.kill();
      zoom?.kill();
      focusLayer?.kill();
      sigma.kill();
    },
  };
}

/** Where a focus is on screen: its centre node, else the middle of its nodes drawn (an edge's ends, a turn's entities). */
function focusOrigin(sigma: KnowledgeSigma, focus: Focus): { x: number; y: number } | null {
  const keys = focus.centre ? [focus.centre] : [...focus.nodes];
  let [x, y, n] = [0, 0, 0];
  for (const key of keys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) continue;
    const p = sigma.framedGraphToViewport(data);
    [x, y, n] = [x + p.x, y + p.y, n + 1];
  }
  return n ? { x: x / n, y: y / n } : null;
}

/** Nodes sharing their label with REPEATED_LABEL − 1 others or more. */
const REPEATED_LABEL = 3;

function repeatedLabels(graph: ViewerGraph): Set<string> {
  const byLabel = new Map<string, string[]>();
  graph.forEachNode((key, node) => {
    const keys = byLabel.get(node.label);
    if (keys) keys.push(key);
    else byLabel.set(node.label, [key]);
  });
  return new Set([...byLabel.values()].filter((keys) => keys.length >= REPEATED_LABEL).flat());
}
