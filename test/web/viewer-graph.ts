// Test helper: a graph as the viewer has it, built the way the server builds its payload (src/server/payload.ts),
// through JSON, and read the way the viewer reads it (web/src/graph/data.ts parseGraph).
import type { KnowledgeGraph, SerializedKnowledgeGraph } from '../../src/model.ts';
import { toViewerGraph, toViewerPayload, type ViewerGraph } from '../../src/server/payload.ts';
import { parseGraph } from '../../web/src/graph/data.ts';

export function viewerGraphOf(graph: KnowledgeGraph | SerializedKnowledgeGraph): ViewerGraph {
  const serialized = 'export' in graph ? graph.export() : graph;
  return parseGraph(JSON.parse(JSON.stringify(toViewerPayload(toViewerGraph(serialized)))));
}
