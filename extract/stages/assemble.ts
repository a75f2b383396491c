// Stage 7, assemble: merges the documents' extractions into one graphology graph with a layout.
// One node per entity key across documents; typed edges from relations; CO_OCCURS edges from shared turns.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, EntityType, KnowledgeGraph, NodeAttrs, Span, Turn } from '../../src/model.ts';
import { assignLayout, type LayoutOptions } from '../../src/graph/layout.ts';
import { OptionsError } from '../errors.ts';
import type { DocumentExtraction } from '../types.ts';
import { appendAll } from '../arrays.ts';

export interface AssembleOptions {
  /** Name stored in the graph attributes. */
  name: string;
  /** Add weighted CO_OCCURS edges between entities mentioned in the same turn. */
  cooccurrence: boolean;
  /**
   * Evidence spans kept per CO_OCCURS edge (the first ones in conversation order); its weight still counts
   * every shared turn. Co-occurrence grows with the square of a turn's entities, so keeping every span
   * would make large graphs mostly evidence.
   */
  cooccurrenceEvidence: number;
  layout: Partial<LayoutOptions>;
}

export const DEFAULT_ASSEMBLE_OPTIONS: AssembleOptions = { name: 'turngraph', cooccurrence: true, cooccurrenceEvidence: 5, layout: {} };

export function validateAssembleOptions(options: Partial<AssembleOptions>): AssembleOptions {
  const merged = { ...DEFAULT_ASSEMBLE_OPTIONS, ...options };
  if (typeof merged.name !== 'string' || merged.name === '') throw new OptionsError('turngraph assemble', 'name must be a non-empty string');
  if (!Number.isInteger(merged.cooccurrenceEvidence) || merged.cooccurrenceEvidence < 1) {
    throw new OptionsError('turngraph assemble', 'cooccurrenceEvidence must be a positive integer');
  }
  return merged;
}

export const CO_OCCURS = 'CO_OCCURS';

interface NodeDraft {
  label: string;
  labelVotes: Map<string, number>;
  typeVotes: Map<EntityType, number>;
  aliases: Set<string>;
  mentions: Span[];
  documents: Set<string>;
  speaker: boolean;
}

interface EdgeDraft {
  source: string;
  target: string;
  type: string;
  evidence: Span[];
  rules: Set<string>;
}

export function assemble(extractions: DocumentExtraction[], options: Partial<AssembleOptions> = {}): KnowledgeGraph {
  const settings = validateAssembleOptions(options);
  const turnOrder = new Map<string, number>();
  const turns: Turn[] = [];
  for (const extraction of extractions) {
    for (const turn of extraction.turns) {
      turnOrder.set(turn.id, turnOrder.size);
      turns.push(turn);
    }
  }
  const nodes = collectNodes(extractions);
  const edges = collectRelations(extractions, nodes);
  if (settings.cooccurrence) collectCooccurrences(extractions, nodes, edges);

  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({
    name: settings.name,
    documents: extractions.map((extraction) => extraction.document),
    turns,
  });
  for (const key of [...nodes.keys()].sort(compareKeys)) {
    graph.addNode(key, toNodeAttrs(nodes.get(key)!, turnOrder));
  }
  for (const key of [...edges.keys()].sort(compareKeys)) {
    const edge = edges.get(key)!;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, toEdgeAttrs(edge, turnOrder, settings.cooccurrenceEvidence));
  }
  assignLayout(graph, settings.layout);
  return graph;
}

function collectNodes(extractions: DocumentExtraction[]): Map<string, NodeDraft> {
  const nodes = new Map<string, NodeDraft>();
  const draftFor = (key: string, label: string): NodeDraft => {
    let draft = nodes.get(key);
    if (!draft) {
      draft = { label, labelVotes: new Map(), typeVotes: new Map(), aliases: new Set(), mentions: [], documents: new Set(), speaker: false };
      nodes.set(key, draft);
    }
    return draft;
  };
  for (const extraction of extractions) {
    const documentId = extraction.document.id;
    for (const entity of extraction.entities) {
      const draft = draftFor(entity.key, entity.label);
      const weight = Math.max(1, entity.mentions.length);
      increment(draft.labelVotes, entity.label, weight);
      increment(draft.typeVotes, entity.type, weight);
      for (const alias of entity.aliases) draft.aliases.add(alias);
      appendAll(draft.mentions, entity.mentions);
      draft.documents.add(documentId);
      draft.speaker ||= entity.speaker;
    }
    for (const speaker of extraction.speakers) {
      if (!extraction.turns.some((turn) => turn.speaker === speaker.key && turn.kind === 'turn')) continue;
      const draft = draftFor(speaker.key, speaker.label);
      if (draft.typeVotes.size === 0) increment(draft.typeVotes, 'person', 1);
      if (draft.labelVotes.size === 0) increment(draft.labelVotes, speaker.label, 1);
      for (const alias of speaker.aliases) draft.aliases.add(alias);
      draft.documents.add(documentId);
      draft.speaker = true;
    }
  }
  for (const draft of nodes.values()) draft.label = topVote(draft.labelVotes) ?? draft.label;
  return nodes;
}

function collectRelations(extractions: DocumentExtraction[], nodes: Map<string, NodeDraft>): Map<string, EdgeDraft> {
  const edges = new Map<string, EdgeDraft>();
  for (const extraction of extractions) {
    for (const relation of extraction.relations) {
      if (relation.source === relation.target || !nodes.has(relation.source) || !nodes.has(relation.target)) continue;
      const draft = edgeDraft(edges, relation.source, relation.type, relation.target);
      appendAll(draft.evidence, relation.evidence);
      for (const rule of relation.rules) draft.rules.add(rule);
    }
  }
  return edges;
}

/** One CO_OCCURS edge per pair of entities sharing a turn; its evidence is the shortest stretch holding both. */
function collectCooccurrences(extractions: DocumentExtraction[], nodes: Map<string, NodeDraft>, edges: Map<string, EdgeDraft>): void {
  for (const extraction of extractions) {
    const byTurn = new Map<string, Map<string, Span[]>>();
    for (const mention of extraction.mentions) {
      if (!nodes.has(mention.entity)) continue;
      let entities = byTurn.get(mention.turn);
      if (!entities) byTurn.set(mention.turn, (entities = new Map()));
      const spans = entities.get(mention.entity) ?? [];
      spans.push({ turn: mention.turn, start: mention.start, end: mention.end });
      entities.set(mention.entity, spans);
    }
    for (const [turn, entities] of byTurn) {
      const keys = [...entities.keys()].sort(compareKeys);
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const draft = edgeDraft(edges, keys[i], CO_OCCURS, keys[j]);
          draft.evidence.push(closestStretch(turn, entities.get(keys[i])!, entities.get(keys[j])!));
          draft.rules.add('same-turn');
        }
      }
    }
  }
}

/**
 * Linear in the number of spans (a 50 MB one-line transcript has tens of thousands of mentions per entity):
 * both lists are in text order, so each span only needs comparing with its nearest neighbours in the other list.
 */
function closestStretch(turn: string, left: Span[], right: Span[]): Span {
  const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
  const a = [...left].sort(byStart);
  const b = [...right].sort(byStart);
  let best: Span = { turn, start: 0, end: Number.MAX_SAFE_INTEGER };
  const consider = (x: Span, y: Span) => {
    const start = Math.min(x.start, y.start);
    const end = Math.max(x.end, y.end);
    if (end - start < best.end - best.start || (end - start === best.end - best.start && start < best.start)) best = { turn, start, end };
  };
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j].start < x.start) j++;
    if (j > 0) consider(x, b[j - 1]);
    if (j < b.length) consider(x, b[j]);
  }
  return best;
}

function edgeDraft(edges: Map<string, EdgeDraft>, source: string, type: string, target: string): EdgeDraft {
  const key = `${source}|${type}|${target}`;
  let draft = edges.get(key);
  if (!draft) edges.set(key, (draft = { source, target, type, evidence: [], rules: new Set() }));
  return draft;
}

function toNodeAttrs(draft: NodeDraft, turnOrder: Map<string, number>): NodeAttrs {
  return {
    label: draft.label,
    type: topVote(draft.typeVotes) ?? 'concept',
    aliases: [...draft.aliases].sort(compareKeys),
    mentions: sortSpans(draft.mentions, turnOrder),
    documents: [...draft.documents].sort(compareKeys),
    speaker: draft.speaker,
    x: 0,
    y: 0,
    size: 1,
    color: '',
  };
}

function toEdgeAttrs(draft: EdgeDraft, turnOrder: Map<string, number>, cooccurrenceEvidence: number): EdgeAttrs {
  const evidence = sortSpans(draft.evidence, turnOrder);
  const kept = draft.type === CO_OCCURS ? evidence.slice(0, cooccurrenceEvidence) : evidence;
  return { type: draft.type, evidence: kept, weight: evidence.length, rules: [...draft.rules].sort(compareKeys) };
}

/** Spans in conversation order, duplicates removed. */
function sortSpans(spans: Span[], turnOrder: Map<string, number>): Span[] {
  const seen = new Set<string>();
  const unique = spans.filter((span) => {
    const id = `${span.turn}:${span.start}:${span.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique
    .sort((a, b) => (turnOrder.get(a.turn) ?? 0) - (turnOrder.get(b.turn) ?? 0) || a.start - b.start || a.end - b.end)
    .map((span) => ({ turn: span.turn, start: span.start, end: span.end }));
}

function increment<K>(votes: Map<K, number>, key: K, by: number): void {
  votes.set(key, (votes.get(key) ?? 0) + by);
}

/** The most voted key; ties go to the first key in sorted order, so the result never depends on input order. */
function topVote<K extends string>(votes: Map<K, number>): K | undefined {
  let best: K | undefined;
  for (const [key, count] of votes) {
    const bestCount = best === undefined ? -1 : votes.get(best)!;
    if (count > bestCount || (count === bestCount && compareKeys(key, best!) < 0)) best = key;
  }
  return best;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
