// Re-running ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), started and stopped by the user.
// The worker moves x/y of the drawn graph: layout positions are the one thing the viewer may change.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewerGraph } from '../../../src/server/payload.ts';

export interface LayoutControl {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  kill(): void;
}

export function createLayoutControl(graph: ViewerGraph): LayoutControl {
  let layout: FA2Layout | null = null;
  const ensure = () => {
    layout ??= new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
      getEdgeWeight: 'weight',
    });
    return layout;
  };
  return {
    isRunning: () => layout?.isRunning() ?? false,
    start: () => ensure().start(),
    stop: () => layout?.stop(),
    kill: () => {
      layout?.kill();
      layout = null;
    },
  };
}
