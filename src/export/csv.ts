// CSV in the layout `neo4j-admin database import full` reads: nodes.csv (:ID, :LABEL) and relationships.csv
// (:START_ID, :END_ID, :TYPE). Lists and evidence travel as JSON strings, so no array delimiter can clash.
import type { KnowledgeGraph } from '../model.ts';
import { ENTITY_LABEL, entityLabel, relationType } from '../neo4j/model.ts';
import { turnTexts } from './evidence.ts';

/** RFC 4180 field: quoted when it holds a comma, quote, or line break; quotes doubled. */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const row = (values: (string | number | boolean)[]) => values.map(csvField).join(',');

export function toCSV(graph: KnowledgeGraph): { 'nodes.csv': string; 'relationships.csv': string } {
  const turns = turnTexts(graph);
  const nodes = [row(['key:ID', 'label', 'type', 'aliases', 'documents', 'speaker:boolean', 'x:double', 'y:double', 'size:double', 'color', 'mentions', ':LABEL'])];
  graph.forEachNode((key, n) => {
    nodes.push(row([key, n.label, n.type, JSON.stringify(n.aliases ?? []), JSON.stringify(n.documents ?? []), Boolean(n.speaker), n.x, n.y, n.size, n.color, JSON.stringify(n.mentions ?? []), `${ENTITY_LABEL};${entityLabel(n.type)}`]));
  });
  const relationships = [row([':START_ID', ':END_ID', ':TYPE', 'weight:double', 'rules', 'evidence'])];
  graph.forEachEdge((_key, e, source, target) => {
    const evidence = (e.evidence ?? []).map((span) => ({ ...span, quote: (turns.get(span.turn)?.text ?? '').slice(span.start, span.end) }));
    relationships.push(row([source, target, relationType(e.type), e.weight, JSON.stringify(e.rules ?? []), JSON.stringify(evidence)]));
  });
  return { 'nodes.csv': `${nodes.join('\n')}\n`, 'relationships.csv': `${relationships.join('\n')}\n` };
}
