// Sigma over the loaded graph. Everything the user changes (filters, hover, selection, colour and size
// modes) reaches the drawing through nodeReducer/edgeReducer; the graph's attributes are never written.
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { TYPE_COLORS, type EdgeAttrs, type GraphAttrs, type KnowledgeGraph, type NodeAttrs } from '../../../src/model.ts';
import { filters } from '../state/filters.ts';
import { hover, hoverEdge, hoverNode } from '../state/hover.ts';
import { clearSelection, selectEdge, selectNode, selection } from '../state/selection.ts';
import type { GraphIndex } from './data.ts';
import { createLabelDrawer, LABEL_FONT } from './labels.ts';
import { enableSlidingPan } from './pan.ts';
import { computeCommunities, computeSizes } from './metrics.ts';
import { computeVisibility, type Visibility } from './visibility.ts';

/** Below this camera ratio (zoomed in) typed edges show their relation as a label. */
export const CLOSE_ZOOM_RATIO = 0.45;
const FORCED_LABELS_MAX_ORDER = 3000;
/** Above this many relations the graph is "big": cheaper programs, no edges or labels while moving, no edge picking. */
const BIG_GRAPH_EDGES = 20_000;
/** Big graphs: how long the pointer rests on (or off) a node before the hover focus is drawn. */
const BIG_GRAPH_HOVER_DELAY_MS = 250;
const DIM_NODE = '#e3e6ea';
const DIM_EDGE = '#f1f2f4';
const EDGE_COLOR = '#9aa5b1';
const CO_OCCURS_COLOR = '#d9dde2';
const FOCUS_EDGE = '#4b5563';

export type KnowledgeSigma = Sigma<NodeAttrs, EdgeAttrs, GraphAttrs>;

interface Focus {
  nodes: Set<string>;
  /** The node whose neighbourhood is shown (hover or selection), if any. */
  centre: string | null;
  edge: string | null;
}

export interface Renderer {
  sigma: KnowledgeSigma;
  visibility(): Visibility;
  kill(): void;
}

export function createRenderer(container: HTMLElement, graph: KnowledgeGraph, index: GraphIndex): Renderer {
  let visibility = computeVisibility(graph, index, filters.get());
  let sizes = computeSizes(graph, filters.get().sizeBy);
  let communities: ReturnType<typeof computeCommunities> | null = null;
  let focus: Focus | null = null;
  let closeZoom = false;
  /** Small graphs: every named entity gets a label candidate; big ones rely on the label grid alone. */
  const forceNamedLabels = graph.order <= FORCED_LABELS_MAX_ORDER;
  const big = graph.size > BIG_GRAPH_EDGES;

  const communityColor = (key: string) => {
    communities ??= computeCommunities(graph);
    return communities.color.get(key) ?? '#999';
  };

  const nodeReducer = (key: string, node: NodeAttrs): Partial<NodeDisplayData> => {
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
    if (forceNamedLabels && node.type !== 'concept') res.forceLabel = true;
    if (focus) {
      if (focus.nodes.has(key)) {
        res.zIndex = 2;
        res.forceLabel = true;
      } else {
        res.color = DIM_NODE;
        res.label = null;
        res.zIndex = 0;
      }
    }
    if (key === selection.get().node || key === hover.get().node) res.highlighted = true;
    return res;
  };

  const edgeReducer = (key: string, edge: EdgeAttrs): Partial<EdgeDisplayData> => {
    const co = edge.type === 'CO_OCCURS';
    const res: Partial<EdgeDisplayData> = {
      size: Math.min(1 + Math.log2(Math.max(edge.weight || 1, 1)), 5) * (co ? 0.7 : 1),
      color: co ? CO_OCCURS_COLOR : EDGE_COLOR,
      type: co ? 'line' : 'arrow',
      label: closeZoom && !co ? edge.type : '',
      zIndex: co ? 0 : 1,
    };
    if (!visibility.edges.has(key)) res.hidden = true;
    if (focus) {
      const [source, target] = graph.extremities(key);
      const inFocus = focus.edge
        ? key === focus.edge
        : focus.centre
          ? source === focus.centre || target === focus.centre
          : focus.nodes.has(source) && focus.nodes.has(target);
      if (inFocus) {
        res.color = key === focus.edge ? '#111827' : co ? '#aab2bd' : FOCUS_EDGE;
        res.label = co && key !== focus.edge ? '' : edge.type;
        res.zIndex = 2;
        if (key === focus.edge) {
          res.size = (res.size ?? 1) + 2;
          res.forceLabel = true;
        }
      } else {
        res.color = DIM_EDGE;
        res.label = '';
        res.zIndex = 0;
      }
    }
    if (key === hover.get().edge) {
      res.label = edge.type;
      res.forceLabel = true;
      res.color = FOCUS_EDGE;
    }
    return res;
  };

  // Label priority: the focused node, then named entities before concepts, then bigger nodes.
  const labels = createLabelDrawer((key) => {
    if (focus && (key === focus.centre || focus.nodes.has(key))) return key === focus.centre ? 3 : 2;
    return graph.getNodeAttribute(key, 'type') === 'concept' ? 0 : 1;
  });
  const sigma: KnowledgeSigma = new Sigma<NodeAttrs, EdgeAttrs, GraphAttrs>(graph, container, {
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
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 50,
  });

  sigma.on('beforeRender', labels.reset);
  sigma.on('afterRender', labels.flush);
  sigma.scheduleRender();
  const refresh = () => sigma.refresh({ skipIndexation: true });
  const recomputeFocus = () => {
    focus = computeFocus(graph, index);
  };

  const unsubscribe = [
    filters.subscribe((state, previous) => {
      visibility = computeVisibility(graph, index, state);
      if (state.sizeBy !== previous.sizeBy) sizes = computeSizes(graph, state.sizeBy);
      refresh();
    }),
    selection.subscribe(() => {
      recomputeFocus();
      refresh();
    }),
    hover.subscribe(() => {
      recomputeFocus();
      refresh();
    }),
  ];

  sigma.getCamera().on('updated', (state) => {
    const next = state.ratio < CLOSE_ZOOM_RATIO;
    if (next !== closeZoom) {
      closeZoom = next;
      refresh();
    }
  });

  // Sigma reports nodes passing under the pointer while the stage is dragged; a hover change redraws
  // every edge (250k on big graphs), so hovering waits until the mouse button is up.
  // Big graphs: a hover change re-runs every reducer and redraws everything (seconds at 50k nodes), so it
  // waits until the pointer rests; sweeping across the graph no longer redraws once per node crossed.
  const captor = sigma.getMouseCaptor();
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const setHover = (node: string | null) => {
    clearTimeout(hoverTimer);
    if (!big) return hoverNode(node);
    hoverTimer = setTimeout(() => captor.isMouseDown || hoverNode(node), BIG_GRAPH_HOVER_DELAY_MS);
  };
  sigma.on('enterNode', ({ node }) => {
    if (captor.isMouseDown) return;
    setHover(node);
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveNode', () => {
    if (captor.isMouseDown) return;
    setHover(null);
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
      clearTimeout(hoverTimer);
      sigma.kill();
    },
  };
}

/** What to bring forward: the hovered node's neighbourhood, else the selection's. */
function computeFocus(graph: KnowledgeGraph, index: GraphIndex): Focus | null {
  const centre = hover.get().node ?? selection.get().node;
  if (centre && graph.hasNode(centre)) {
    return { nodes: new Set([centre, ...graph.neighbors(centre)]), centre, edge: null };
  }
  const { edge, turn, highlighted } = selection.get();
  if (edge && graph.hasEdge(edge)) return { nodes: new Set(graph.extremities(edge)), centre: null, edge };
  if (turn) return { nodes: new Set(index.entitiesByTurn.get(turn) ?? []), centre: null, edge: null };
  if (highlighted.length > 0) return { nodes: new Set(highlighted.filter((k) => graph.hasNode(k))), centre: null, edge: null };
  return null;
}
