// The human summary printed after a build: documents, turns, entities by type, relations, warnings.
// Pure: returns text; the CLI decides where it goes.
import type { Diagnostic } from '../../extract/types.ts';
import { ENTITY_TYPES, type KnowledgeGraph } from '../model.ts';

/** What the summary counts, whether read off a graph or kept beside a patched graph file (src/build/patch.ts). */
export interface BuildFacts {
  documents: Array<{ id: string; lang: string }>;
  /** Turns by kind. */
  kinds: Map<string, number>;
  /** The speaker nodes' labels, in node order. */
  speakers: string[];
  /** Nodes by type, and their number. */
  types: Map<string, number>;
  order: number;
  /** Edges by type, CO_OCCURS included. */
  relations: Map<string, number>;
}

export function buildFacts(graph: KnowledgeGraph): BuildFacts {
  const attributes = graph.getAttributes();
  return {
    documents: attributes.documents,
    kinds: countBy(attributes.turns, (turn) => turn.kind),
    speakers: graph.filterNodes((_, node) => node.speaker).map((key) => graph.getNodeAttribute(key, 'label')),
    types: countBy(graph.mapNodes((_, node) => node), (node) => node.type),
    order: graph.order,
    relations: countBy(graph.mapEdges((_, edge) => edge), (edge) => edge.type),
  };
}

export function summarizeBuild(graph: KnowledgeGraph, diagnostics: Diagnostic[], outPath: string): string {
  return summarizeFacts(buildFacts(graph), diagnostics, outPath);
}

export function summarizeFacts(facts: BuildFacts, diagnostics: Diagnostic[], outPath: string): string {
  const { kinds, types } = facts;
  const relations = new Map(facts.relations);
  const cooccurs = relations.get('CO_OCCURS') ?? 0;
  relations.delete('CO_OCCURS');
  const typed = [...relations.values()].reduce((sum, n) => sum + n, 0);
  const lines = [
    `wrote ${outPath}`,
    `documents  ${facts.documents.length} (${listed(facts.documents.map((d) => `${d.id} [${d.lang}]`))})`,
    `turns      ${kinds.get('turn') ?? 0} turns, ${kinds.get('narration') ?? 0} narration, ${kinds.get('boilerplate') ?? 0} boilerplate`,
    `speakers   ${listed(counted(facts.speakers)) || 'none'}`,
    `entities   ${facts.order}: ${ENTITY_TYPES.filter((type) => types.get(type)).map((type) => `${types.get(type)} ${type}`).join(', ')}`,
    `relations  ${typed} typed${typed ? ` (${[...relations].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([type, n]) => `${n} ${type}`).join(', ')})` : ''}, ${cooccurs} co-occurrence`,
  ];
  const warnings = diagnostics.filter((diagnostic) => diagnostic.level === 'warning');
  lines.push(`warnings   ${warnings.length}`);
  for (const warning of warnings.slice(0, 20)) lines.push(`  ${formatDiagnostic(warning)}`);
  if (warnings.length > 20) lines.push(`  … and ${warnings.length - 20} more`);
  return lines.join('\n');
}

/** A folder of a thousand transcripts must not print a thousand names: the first LISTED, then how many more. */
const LISTED = 12;

function listed(items: string[]): string {
  if (items.length <= LISTED) return items.join(', ');
  return `${items.slice(0, LISTED).join(', ')}, … and ${items.length - LISTED} more`;
}

/** Labels in first-seen order, a repeated one once with its count ("Host (host) ×40"). */
function counted(labels: string[]): string[] {
  const counts = countBy(labels, (label) => label);
  return [...counts].map(([label, n]) => (n > 1 ? `${label} ×${n}` : label));
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const position = [diagnostic.turn ?? diagnostic.document, diagnostic.offset === undefined ? null : `@${diagnostic.offset}`]
    .filter(Boolean)
    .join('');
  return `${diagnostic.level} ${position}: ${diagnostic.message}`;
}

function countBy<T, K>(items: T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
