// Shape checks for the two inputs of `turngraph eval`: a serialised graph and a gold annotation.
// Both take parsed JSON (unknown) and return typed values or throw EvalError naming the first bad field.
import type { EdgeAttrs, GraphAttrs, NodeAttrs, Span } from '../model.ts';
import { EvalError } from './errors.ts';

export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
  important: boolean;
  scope: 'conversation' | 'boilerplate';
}
export interface GoldRelation {
  source: string;
  type: string;
  target: string;
  evidence: string;
}
export interface Gold {
  /** Path of the annotated transcript ("corpus/altman-o3-interview.zh.md"). */
  document: string;
  speakers: string[];
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** The graph as `turngraph eval` reads it: only the fields the contract guarantees are checked. */
export interface EvalNode {
  key: string;
  attributes: Pick<NodeAttrs, 'label' | 'type' | 'aliases' | 'mentions'> & Partial<NodeAttrs>;
}
export interface EvalEdge {
  source: string;
  target: string;
  attributes: Pick<EdgeAttrs, 'type' | 'evidence'> & Partial<EdgeAttrs>;
}
export interface EvalGraph {
  attributes: Pick<GraphAttrs, 'turns'> & Partial<GraphAttrs>;
  nodes: EvalNode[];
  edges: EvalEdge[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function fail(file: string, what: string): never {
  throw new EvalError(`${file}: ${what}`);
}

function checkSpans(file: string, where: string, v: unknown): asserts v is Span[] {
  if (!Array.isArray(v)) fail(file, `${where} is not an array of spans`);
  v.forEach((s, i) => {
    if (!isObj(s) || typeof s.turn !== 'string' || !Number.isInteger(s.start) || !Number.isInteger(s.end)) {
      fail(file, `${where}[${i}] is not a span {turn, start, end}`);
    }
  });
}

/** Checks a parsed graph file (graphology's serialised JSON with the turngraph contract). */
export function parseGraph(json: unknown, file = 'graph'): EvalGraph {
  if (!isObj(json)) fail(file, 'not a serialised graph (expected an object with attributes, nodes, edges)');
  const { attributes, nodes, edges } = json;
  if (!isObj(attributes) || !Array.isArray(attributes.turns)) fail(file, 'graph attributes.turns is missing');
  if (!Array.isArray(nodes)) fail(file, 'nodes is not an array');
  if (edges !== undefined && !Array.isArray(edges)) fail(file, 'edges is not an array');
  (attributes.turns as unknown[]).forEach((t, i) => {
    if (!isObj(t) || typeof t.id !== 'string' || typeof t.text !== 'string' || typeof t.kind !== 'string') {
      fail(file, `attributes.turns[${i}] lacks id/kind/text`);
    }
  });
  nodes.forEach((n, i) => {
    if (!isObj(n) || typeof n.key !== 'string' || !isObj(n.attributes)) fail(file, `nodes[${i}] lacks key/attributes`);
    const a = n.attributes;
    if (typeof a.label !== 'string' || typeof a.type !== 'string') fail(file, `node ${n.key} lacks label/type`);
    if (a.aliases !== undefined && !isStrings(a.aliases)) fail(file, `node ${n.key} aliases is not a string array`);
    if (a.mentions !== undefined) checkSpans(file, `node ${n.key} mentions`, a.mentions);
  });
  (edges ?? []).forEach((e: unknown, i: number) => {
    if (!isObj(e) || typeof e.source !== 'string' || typeof e.target !== 'string' || !isObj(e.attributes)) {
      fail(file, `edges[${i}] lacks source/target/attributes`);
    }
    if (typeof e.attributes.type !== 'string') fail(file, `edges[${i}] lacks a type`);
    if (e.attributes.evidence !== undefined) checkSpans(file, `edges[${i}] evidence`, e.attributes.evidence);
  });
  return {
    attributes: attributes as EvalGraph['attributes'],
    nodes: (nodes as EvalNode[]).map((n) => ({
      key: n.key,
      attributes: { ...n.attributes, aliases: n.attributes.aliases ?? [], mentions: n.attributes.mentions ?? [] },
    })),
    edges: ((edges ?? []) as EvalEdge[]).map((e) => ({
      source: e.source,
      target: e.target,
      attributes: { ...e.attributes, evidence: e.attributes.evidence ?? [] },
    })),
  };
}

/** Checks a parsed gold annotation (the format of ../shared/gold/*.json). */
export function parseGold(json: unknown, file = 'gold'): Gold {
  if (!isObj(json)) fail(file, 'not a gold annotation (expected an object with entities and relations)');
  const { document, speakers, entities, relations } = json;
  if (!Array.isArray(entities)) fail(file, 'entities is not an array');
  if (relations !== undefined && !Array.isArray(relations)) fail(file, 'relations is not an array');
  if (speakers !== undefined && !isStrings(speakers)) fail(file, 'speakers is not a string array');
  const names = new Set<string>();
  const goldEntities = entities.map((e: unknown, i: number): GoldEntity => {
    if (!isObj(e) || typeof e.name !== 'string' || typeof e.type !== 'string') fail(file, `entities[${i}] lacks name/type`);
    if (e.aliases !== undefined && !isStrings(e.aliases)) fail(file, `entity ${e.name} aliases is not a string array`);
    if (e.scope !== undefined && e.scope !== 'conversation' && e.scope !== 'boilerplate') {
      fail(file, `entity ${e.name} scope must be "conversation" or "boilerplate"`);
    }
    names.add(e.name);
    return {
      name: e.name,
      type: e.type,
      aliases: (e.aliases as string[] | undefined) ?? [],
      important: e.important === true,
      scope: (e.scope as GoldEntity['scope'] | undefined) ?? 'conversation',
    };
  });
  const goldRelations = ((relations ?? []) as unknown[]).map((r, i): GoldRelation => {
    if (!isObj(r) || typeof r.source !== 'string' || typeof r.target !== 'string' || typeof r.type !== 'string') {
      fail(file, `relations[${i}] lacks source/type/target`);
    }
    for (const end of [r.source, r.target]) {
      if (!names.has(end)) fail(file, `relations[${i}] names "${end}", which is not an entity`);
    }
    return { source: r.source, type: r.type, target: r.target, evidence: typeof r.evidence === 'string' ? r.evidence : '' };
  });
  return {
    document: typeof document === 'string' ? document : '',
    speakers: (speakers as string[] | undefined) ?? [],
    entities: goldEntities,
    relations: goldRelations,
  };
}

