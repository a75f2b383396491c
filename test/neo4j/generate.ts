// Deterministic synthetic graphs for the scale paths (kill-mid-sync test, sync benchmark): N entities, M typed
// relations, spread over documents, every mention and evidence span valid. Seeded, so runs are comparable.
import { ENTITY_TYPES, TYPE_COLORS, type SerializedKnowledgeGraph, type Turn } from '../../src/model.ts';

const RELATION_TYPES = ['RELEASED', 'WORKS_AT', 'CEO_OF', 'EVALUATED_ON', 'PARTNERS_WITH', 'COMPETES_WITH', 'CO_OCCURS'];

export interface GenerateOptions {
  entities: number;
  relations: number;
  documents: number;
  /** Prefix of every key and id. */
  prefix: string;
  seed?: number;
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One turn per entity (`Entity N of P is here.`); relation evidence is the source's name in its turn. */
export function generateGraph(options: GenerateOptions): SerializedKnowledgeGraph {
  const { entities, relations, documents, prefix } = options;
  const next = random(options.seed ?? 42);
  const doc = (i: number) => `${prefix}doc-${i % documents}`;
  const key = (i: number) => `${prefix}e${i}`;
  const turns: Turn[] = [];
  const nodes: SerializedKnowledgeGraph['nodes'] = [];
  const perDocument = new Map<string, number>();
  for (let i = 0; i < entities; i++) {
    const document = doc(i);
    const index = perDocument.get(document) ?? 0;
    perDocument.set(document, index + 1);
    const name = `Entity ${i} of ${prefix}`;
    const id = `${document}#${index}`;
    turns.push({ id, document, index, kind: 'turn', speaker: null, speakerLabel: 'Q', section: null, text: `${name} is here.` });
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length];
    nodes.push({ key: key(i), attributes: { label: name, type, aliases: [name], mentions: [{ turn: id, start: 0, end: name.length }], documents: [document], speaker: false, x: next() * 100, y: next() * 100, size: 3, color: TYPE_COLORS[type] } });
  }
  const edges: SerializedKnowledgeGraph['edges'] = [];
  const seen = new Set<string>();
  while (edges.length < relations) {
    const source = Math.floor(next() * entities);
    const target = Math.floor(next() * entities);
    const type = RELATION_TYPES[Math.floor(next() * RELATION_TYPES.length)];
    const id = `${source}|${type}|${target}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    const mention = nodes[source].attributes!.mentions[0];
    edges.push({ key: `r${edges.length}`, source: key(source), target: key(target), attributes: { type, evidence: [{ ...mention }], weight: 1, rules: ['generated'] } });
  }
  const documentInfos = [...perDocument.keys()].sort().map((id) => ({ id, title: `Generated ${id}`, source: `${id}.md`, lang: 'en' as const }));
  return { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: { name: `${prefix}generated`, documents: documentInfos, turns }, nodes, edges };
}
