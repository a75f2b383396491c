// GraphML for Gephi/yEd/Cytoscape. graphology-graphml only parses, so this writes it: typed <key>s, every
// value XML-escaped, characters XML 1.0 forbids dropped. Evidence goes out as strings.
import type { KnowledgeGraph } from '../model.ts';
import { quotesText, spansText, turnTexts } from './evidence.ts';

type KeyType = 'string' | 'double' | 'int' | 'boolean';
const NODE_KEYS: [string, KeyType][] = [['label', 'string'], ['type', 'string'], ['color', 'string'], ['r', 'int'], ['g', 'int'], ['b', 'int'], ['x', 'double'], ['y', 'double'], ['size', 'double'], ['aliases', 'string'], ['documents', 'string'], ['speaker', 'boolean'], ['mentions', 'string']];
const EDGE_KEYS: [string, KeyType][] = [['type', 'string'], ['weight', 'double'], ['evidence', 'string'], ['quotes', 'string'], ['rules', 'string']];

export function xmlEscape(value: string): string {
  return value
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? '999999';
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

export function toGraphML(graph: KnowledgeGraph): string {
  const turns = turnTexts(graph);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [name, type] of NODE_KEYS) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push(`  <graph id="${xmlEscape(graph.getAttribute('name') ?? 'turngraph')}" edgedefault="directed">`);
  const data = (prefix: string, name: string, value: string | number | boolean) => `      <data key="${prefix}_${name}">${xmlEscape(String(value))}</data>`;
  graph.forEachNode((key, node) => {
    const [r, g, b] = rgb(node.color);
    const values: Record<string, string | number | boolean> = { label: node.label, type: node.type, color: node.color, r, g, b, x: node.x, y: node.y, size: node.size, aliases: (node.aliases ?? []).join('; '), documents: (node.documents ?? []).join('; '), speaker: Boolean(node.speaker), mentions: spansText(node.mentions ?? []) };
    out.push(`    <node id="${xmlEscape(key)}">`, ...NODE_KEYS.map(([name]) => data('n', name, values[name])), '    </node>');
  });
  graph.forEachEdge((key, edge, source, target) => {
    const values: Record<string, string | number> = { type: edge.type, weight: edge.weight, evidence: spansText(edge.evidence ?? []), quotes: quotesText(edge.evidence ?? [], turns), rules: (edge.rules ?? []).join('; ') };
    out.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">`, ...EDGE_KEYS.map(([name]) => data('e', name, values[name])), '    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
