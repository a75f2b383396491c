// The viewer's public actions for other modules (e.g. the Cypher panel in web/src/cypher/):
// select or highlight nodes, register a side-panel tab, read the loaded graph. Views use the same actions.
import type { ViewerGraph } from '../../src/server/payload.ts';
import { focusCamera, showEdge } from './graph/camera.ts';
import { filtersShowing } from './graph/visibility.ts';
import type { Renderer } from './graph/renderer.ts';
import { data } from './state/data.ts';
import { filters } from './state/filters.ts';
import * as selection from './state/selection.ts';

let renderer: Renderer | null = null;

/** Set by main.ts when a graph is drawn. */
export function setRenderer(next: Renderer | null): void {
  renderer = next;
}

export function getRenderer(): Renderer | null {
  return renderer;
}

export function getGraph(): ViewerGraph | null {
  return data.get().graph;
}

/**
 * Selects a node (opens its details) and moves the camera to it unless `focus` is false. A node the filters hide
 * (picked in the search, say) is shown first: the filters hiding it are dropped, the others kept.
 */
export function selectNode(key: string | null, { focus = true }: { focus?: boolean } = {}): void {
  const { graph, index } = data.get();
  if (key && renderer && graph?.hasNode(key) && index && !renderer.visibility().nodes.has(key)) {
    const showing = filtersShowing(graph, index, filters.get(), key);
    if (showing) filters.set(showing);
  }
  selection.selectNode(key);
  if (key && focus && renderer) focusCamera(renderer.sigma, key);
}

/** Lights up a set of nodes (others dimmed) and lists them in the details panel. */
export function highlightNodes(keys: readonly string[]): void {
  selection.highlightNodes(keys);
}

/** Selects an edge (its evidence in the details) and, when an end is off screen, moves the camera to show both. */
export function selectEdge(key: string | null): void {
  selection.selectEdge(key);
  if (key && renderer) showEdge(renderer.sigma, key);
}

export const clearSelection = selection.clearSelection;

export interface PanelDefinition {
  id: string;
  title: string;
  /** Called once with the panel's (empty) container element. */
  mount(container: HTMLElement): void;
}

const panels: PanelDefinition[] = [];
const panelListeners = new Set<(panel: PanelDefinition) => void>();

/** Adds a tab to the side panel (next to "Details"). */
export function registerPanel(panel: PanelDefinition): void {
  panels.push(panel);
  for (const listener of panelListeners) listener(panel);
}

export function onPanel(listener: (panel: PanelDefinition) => void): void {
  panels.forEach(listener);
  panelListeners.add(listener);
}

/** Extra content for the details panel of a selected node or edge (e.g. the Neo4j "Expand neighbourhood" button). */
export interface DetailsSection {
  node?(key: string, graph: ViewerGraph): HTMLElement | null;
  edge?(key: string, graph: ViewerGraph): HTMLElement | null;
}

const detailsSections: DetailsSection[] = [];

/** Adds a section under the title of every node's (or edge's) details; the panel redraws on each selection. */
export function registerDetailsSection(section: DetailsSection): void {
  detailsSections.push(section);
}

export function getDetailsSections(): readonly DetailsSection[] {
  return detailsSections;
}
