// `turngraph eval` as a pure function: a graph and a gold annotation in, a report of recall,
// precision, splits, boilerplate leaks, relation recall, span validity and speaker resolution out.
import type { EvalGraph, Gold, GoldRelation } from './input.ts';
import { documentId } from '../../extract/stages/read.ts';
import { matchEntities } from './match.ts';
import { checkSpans, type SpanProblem } from './spans.ts';

/** Entity types that name one thing; their nodes are scored by named-entity precision. */
export const NAMED_TYPES = ['person', 'organization', 'government', 'model', 'product', 'benchmark', 'place', 'event', 'work'];
export const CO_OCCURS = 'CO_OCCURS';

export interface Ratio {
  found: number;
  total: number;
  /** found / total, or null when total is 0. */
  value: number | null;
}
export interface NodeRef {
  key: string;
  label: string;
  type: string;
}
/** How close the graph came to a gold relation it does not state with the right type and direction. */
export type RelationMiss = 'entity missing' | 'no edge' | 'co-occurrence only' | 'other type or direction';
export interface MissedRelation extends GoldRelation {
  status: RelationMiss;
  /** Types of the edges found between the two entities (either direction). */
  edgeTypes: string[];
}
export interface EvalReport {
  /** The document the gold annotates, and the graph document it was matched to (null: whole graph). */
  document: { gold: string; graph: string | null };
  entities: { all: Ratio; important: Ratio; missed: string[]; missedImportant: string[] };
  namedPrecision: Ratio & { falsePositives: NodeRef[] };
  conceptPrecision: Ratio & { falsePositives: NodeRef[] };
  /** Gold entities matched by two or more nodes. */
  splits: { entity: string; nodes: string[] }[];
  /** Nodes matching two or more gold entities (distinct things merged into one node). */
  merged: { node: string; entities: string[] }[];
  /** Gold boilerplate-scope entities present as nodes. */
  boilerplate: { entity: string; nodes: string[] }[];
  relations: { typed: Ratio; untyped: Ratio; anyEdge: Ratio; missed: MissedRelation[]; byRule: Record<string, number> };
  spans: { checked: number; invalid: number; problems: SpanProblem[] };
  speakers: { turns: number; unresolved: string[]; gold: Ratio; missing: string[] };
}

export function ratio(found: number, total: number): Ratio {
  return { found, total, value: total === 0 ? null : found / total };
}

/** Document id a gold file refers to: its transcript's file name without the extension. */
export function goldDocumentId(gold: Gold): string {
  return documentId(gold.document.split(/[\\/]/).pop() ?? '');
}

/** Restricts a multi-document graph to the document the gold annotates (the whole graph if unknown). */
function scope(graph: EvalGraph, gold: Gold): { graph: EvalGraph; document: string | null } {
  const documents = graph.attributes.documents ?? [];
  const id = goldDocumentId(gold);
  const doc = documents.find((d) => d.id === id || (gold.document !== '' && d.source.endsWith(gold.document.split('/').pop()!)));
  if (!doc || documents.length < 2) return { graph, document: doc?.id ?? null };
  const inDoc = (n: EvalGraph['nodes'][number]) =>
    n.attributes.documents ? n.attributes.documents.includes(doc.id) : true;
  return {
    document: doc.id,
    graph: {
      attributes: { ...graph.attributes, turns: graph.attributes.turns.filter((t) => t.document === doc.id) },
      nodes: graph.nodes.filter(inDoc),
      edges: graph.edges,
    },
  };
}

export function evaluate(fullGraph: EvalGraph, gold: Gold): EvalReport {
  const { graph, document } = scope(fullGraph, gold);
  const { nodesOf, entitiesOf } = matchEntities(graph.nodes, gold.entities);
  const found = (name: string) => (nodesOf.get(name) ?? []).length > 0;
  const ref = (n: EvalGraph['nodes'][number]): NodeRef => ({ key: n.key, label: n.attributes.label, type: n.attributes.type });

  const conversation = gold.entities.filter((e) => e.scope === 'conversation');
  const important = conversation.filter((e) => e.important);
  const named = graph.nodes.filter((n) => NAMED_TYPES.includes(n.attributes.type));
  const concepts = graph.nodes.filter((n) => n.attributes.type === 'concept');
  const precision = (nodes: EvalGraph['nodes']) => ({
    ...ratio(nodes.filter((n) => entitiesOf.has(n.key)).length, nodes.length),
    falsePositives: nodes.filter((n) => !entitiesOf.has(n.key)).map(ref),
  });

  const texts = new Map(fullGraph.attributes.turns.map((t) => [t.id, t.text]));
  const spans = checkSpans(graph.nodes, graph.edges, texts);
  const nodeKeys = new Set(fullGraph.nodes.map((n) => n.key));
  const speaking = new Set(graph.attributes.turns.map((t) => t.speaker).filter((s): s is string => s !== null));
  const turns = graph.attributes.turns.filter((t) => t.kind === 'turn');
  const nodesOfSpeaker = (name: string) =>
    nodesOf.get(name) ?? matchEntities(graph.nodes, [{ name, type: 'person', aliases: [], important: true, scope: 'conversation' }]).nodesOf.get(name)!;
  const missingSpeakers = gold.speakers.filter((name) => !nodesOfSpeaker(name).some((key) => speaking.has(key)));

  return {
    document: { gold: gold.document, graph: document },
    entities: {
      all: ratio(conversation.filter((e) => found(e.name)).length, conversation.length),
      important: ratio(important.filter((e) => found(e.name)).length, important.length),
      missed: conversation.filter((e) => !found(e.name)).map((e) => e.name),
      missedImportant: important.filter((e) => !found(e.name)).map((e) => e.name),
    },
    namedPrecision: precision(named),
    conceptPrecision: precision(concepts),
    splits: gold.entities.filter((e) => nodesOf.get(e.name)!.length >= 2).map((e) => ({ entity: e.name, nodes: nodesOf.get(e.name)! })),
    merged: [...entitiesOf].filter(([, es]) => es.length >= 2).map(([node, es]) => ({ node, entities: es })),
    boilerplate: gold.entities.filter((e) => e.scope === 'boilerplate' && found(e.name)).map((e) => ({ entity: e.name, nodes: nodesOf.get(e.name)! })),
    relations: scoreRelations(graph, gold, nodesOf),
    spans: { checked: spans.checked, invalid: spans.invalid.length, problems: spans.invalid },
    speakers: {
      turns: turns.length,
      unresolved: turns.filter((t) => t.speaker === null || !nodeKeys.has(t.speaker)).map((t) => t.id),
      gold: ratio(gold.speakers.length - missingSpeakers.length, gold.speakers.length),
      missing: missingSpeakers,
    },
  };
}

function scoreRelations(graph: EvalGraph, gold: Gold, nodesOf: Map<string, string[]>): EvalReport['relations'] {
  const edgesBetween = new Map<string, { type: string; forward: boolean; rules: string[] }[]>();
  const pair = (a: string, b: string) => JSON.stringify(a < b ? [a, b] : [b, a]);
  for (const edge of graph.edges) {
    const key = pair(edge.source, edge.target);
    const list = edgesBetween.get(key) ?? [];
    list.push({ type: edge.attributes.type, forward: edge.source < edge.target, rules: edge.attributes.rules ?? [] });
    edgesBetween.set(key, list);
  }
  let typed = 0;
  let untyped = 0;
  let anyEdge = 0;
  const missed: MissedRelation[] = [];
  const byRule: Record<string, number> = {};
  for (const relation of gold.relations) {
    const sources = nodesOf.get(relation.source) ?? [];
    const targets = nodesOf.get(relation.target) ?? [];
    const types = new Set<string>();
    let hit: string[] | null = null;
    for (const s of sources) {
      for (const t of targets) {
        for (const e of edgesBetween.get(pair(s, t)) ?? []) {
          types.add(e.type);
          const sourceFirst = s < t;
          if (e.type === relation.type && e.forward === sourceFirst && s !== t) hit ??= e.rules;
        }
      }
    }
    const nonCo = [...types].some((t) => t !== CO_OCCURS);
    if (hit) {
      typed++;
      for (const rule of hit) byRule[rule] = (byRule[rule] ?? 0) + 1;
    }
    if (hit || nonCo) untyped++;
    if (types.size > 0) anyEdge++;
    if (!hit) {
      const status: RelationMiss =
        sources.length === 0 || targets.length === 0 ? 'entity missing'
        : types.size === 0 ? 'no edge'
        : nonCo ? 'other type or direction'
        : 'co-occurrence only';
      missed.push({ ...relation, status, edgeTypes: [...types].sort() });
    }
  }
  const total = gold.relations.length;
  return { typed: ratio(typed, total), untyped: ratio(untyped, total), anyEdge: ratio(anyEdge, total), missed, byRule };
}
