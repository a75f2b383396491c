// GEXF 1.3 for Gephi via graphology-gexf: label, colour, size and position as viz data; type, aliases and
// evidence (as strings) as attributes.
import { createRequire } from 'node:module';
import type { EdgeAttrs, KnowledgeGraph, NodeAttrs } from '../model.ts';
import { quotesText, spansText, turnTexts } from './evidence.ts';

export function toGEXF(graph: KnowledgeGraph): string {
  // Loaded here, not at start: only `turngraph export --format gexf` needs it.
  const { write } = createRequire(import.meta.url)('graphology-gexf') as typeof import('graphology-gexf');
  const turns = turnTexts(graph);
  return write(graph as never, {
    version: '1.3',
    pretty: true,
    formatNode: (_key: string, node: Record<string, unknown>) => {
      const n = node as unknown as NodeAttrs;
      return {
        label: n.label,
        viz: { color: n.color, size: n.size, x: n.x, y: n.y },
        attributes: { type: n.type, aliases: (n.aliases ?? []).join('; '), documents: (n.documents ?? []).join('; '), speaker: Boolean(n.speaker), mentions: spansText(n.mentions ?? []), mentionCount: (n.mentions ?? []).length },
      };
    },
    formatEdge: (_key: string, edge: Record<string, unknown>) => {
      const e = edge as unknown as EdgeAttrs;
      return {
        label: e.type,
        weight: e.weight,
        attributes: { type: e.type, evidence: spansText(e.evidence ?? []), quotes: quotesText(e.evidence ?? [], turns), rules: (e.rules ?? []).join('; ') },
      };
    },
  });
}
