// A parameter-free .cypher script (for cypher-shell or Neo4j Browser) that builds the same model as
// `turngraph sync` of this graph alone. Every value goes through cypherLiteral; labels/types are whitelisted.
import type { KnowledgeGraph } from '../model.ts';
import { ENTITY_LABEL, entityLabel, relationType, toSyncRows } from '../neo4j/model.ts';
import { relationProps } from '../neo4j/relations.ts';

/** A Cypher string literal: single-quoted, with backslash, quote and every control character escaped. */
export function cypherString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** Any property value as a Cypher literal (strings, finite numbers, booleans, lists, maps; else null). */
export function cypherLiteral(value: unknown): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? (Number.isInteger(value) ? String(value) : String(value).replace(/e/, 'E')) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
    return `{${entries.map(([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``}: ${cypherLiteral(v)}`).join(', ')}}`;
  }
  return 'null';
}

export function toCypherScript(graph: KnowledgeGraph): string {
  const plan = toSyncRows(graph);
  const lines: string[] = [
    `// turngraph export of "${String(graph.getAttribute('name') ?? '').replace(/[\r\n]/g, ' ')}": run with  cypher-shell -u neo4j -p PASSWORD -f FILE`,
    '// One statement per line. Builds the same nodes and relationships as `turngraph sync` of this graph alone.',
    'CREATE CONSTRAINT turngraph_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;',
    'CREATE CONSTRAINT turngraph_turn_id IF NOT EXISTS FOR (t:Turn) REQUIRE t.id IS UNIQUE;',
    'CREATE CONSTRAINT turngraph_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;',
  ];
  const L = cypherLiteral;
  for (const part of plan.documents) lines.push(`MERGE (d:Document {id: ${L(part.document.id)}}) SET d = ${L(part.document)};`);
  for (const e of plan.entities) {
    const props = { key: e.key, label: e.label, type: e.type, aliases: e.aliases, speaker: e.speaker, documents: e.documents, x: e.x, y: e.y, size: e.size, color: e.color };
    lines.push(`MERGE (e:${ENTITY_LABEL} {key: ${L(e.key)}}) SET e = ${L(props)} SET e:${entityLabel(e.type)};`);
    for (const document of e.documents) lines.push(`MATCH (d:Document {id: ${L(document)}}), (e:Entity {key: ${L(e.key)}}) MERGE (d)-[:HAS_ENTITY]->(e);`);
  }
  for (const part of plan.documents) {
    for (const turn of part.turns) lines.push(`MATCH (d:Document {id: ${L(turn.document)}}) MERGE (t:Turn {id: ${L(turn.id)}}) SET t = ${L(turn)} MERGE (d)-[:HAS_TURN]->(t);`);
    for (const m of part.mentions)
      lines.push(`MATCH (t:Turn {id: ${L(m.turn)}}), (e:Entity {key: ${L(m.entity)}}) MERGE (t)-[m:MENTIONS {start: ${m.start}, end: ${m.end}}]->(e) SET m.surface = ${L(m.surface)};`);
    for (const s of part.spoke) lines.push(`MATCH (e:Entity {key: ${L(s.entity)}}), (t:Turn {id: ${L(s.turn)}}) MERGE (e)-[:SPOKE]->(t);`);
  }
  for (const r of plan.relations) {
    const props = relationProps({ key: r.key, rules: r.rules, evidence: r.evidence, contributions: r.contributions });
    lines.push(`MATCH (a:Entity {key: ${L(r.source)}}), (b:Entity {key: ${L(r.target)}}) MERGE (a)-[r:${relationType(r.type)} {key: ${L(r.key)}}]->(b) SET r = ${L(props)};`);
  }
  return `${lines.join('\n')}\n`;
}
