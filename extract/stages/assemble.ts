// Stage 7, assemble: merges the documents' contributions (extract/stages/contribution.ts) into one graph with a layout.
// One node per entity key across documents; typed edges from relations; CO_OCCURS edges from shared turns.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, EntityType, KnowledgeGraph, NodeAttrs, Span, Turn } from '../../src/model.ts';
import { assignLayout, type LayoutOptions } from '../../src/graph/layout.ts';
import { OptionsError } from '../errors.ts';
import type { DocumentExtraction } from '../types.ts';
import { compareKeys, contribute, type DocumentContribution, type SpanTriples } from './contribution.ts';
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
  key: string;
  /** Position in key order: pairs of nodes are keyed by ranks. */
  rank: number;
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
  /** CO_OCCURS: every turn the pair shares (its weight); only the first ones are kept as evidence. */
  sharedTurns: number;
}

export function assemble(extractions: DocumentExtraction[], options: Partial<AssembleOptions> = {}): KnowledgeGraph {
  return mergeContributions(extractions.map(contribute), options);
}

/**
 * Merges documents' contributions (in input order) into one graph. Every step is a sum or a vote over documents
 * taken in order, so the bytes only depend on the documents and their order, never on how each contribution was
 * produced (freshly extracted, by a worker thread, from the cache).
 */
export function mergeContributions(contributions: DocumentContribution[], options: Partial<AssembleOptions> = {}): KnowledgeGraph {
  const settings = validateAssembleOptions(options);
  const turns: Turn[] = [];
  for (const contribution of contributions) appendAll(turns, contribution.turns);
  const turnOrder = new Map<string, number>();
  turns.forEach((turn, index) => turnOrder.set(turn.id, index));
  const nodes = collectNodes(contributions);
  const edges = collectRelations(contributions, nodes);
  if (settings.cooccurrence) collectCooccurrences(contributions, nodes, edges, settings.cooccurrenceEvidence);

  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({
    name: settings.name,
    documents: contributions.map((contribution) => contribution.document),
    turns,
  });
  for (const draft of nodes.ordered) graph.addNode(draft.key, toNodeAttrs(draft));
  for (const key of [...edges.keys()].sort(compareKeys)) {
    const edge = edges.get(key)!;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, toEdgeAttrs(edge, turnOrder));
  }
  assignLayout(graph, settings.layout);
  return graph;
}

interface NodeTable {
  byKey: Map<string, NodeDraft>;
  /** Drafts sorted by key; `rank` is the position here. */
  ordered: NodeDraft[];
}

function collectNodes(contributions: DocumentContribution[]): NodeTable {
  const byKey = new Map<string, NodeDraft>();
  const draftFor = (key: string, label: string): NodeDraft => {
    let draft = byKey.get(key);
    if (!draft) {
      draft = { key, rank: 0, label, labelVotes: new Map(), typeVotes: new Map(), aliases: new Set(), mentions: [], documents: new Set(), speaker: false };
      byKey.set(key, draft);
    }
    return draft;
  };
  for (const contribution of contributions) {
    const documentId = contribution.document.id;
    for (const entity of contribution.entities) {
      const draft = draftFor(entity.key, entity.label);
      increment(draft.labelVotes, entity.label, entity.weight);
      increment(draft.typeVotes, entity.type, entity.weight);
      for (const alias of entity.aliases) draft.aliases.add(alias);
      appendSpans(draft.mentions, entity.mentions, contribution.turns);
      draft.documents.add(documentId);
      draft.speaker ||= entity.speaker;
    }
    for (const speaker of contribution.speakers) {
      const draft = draftFor(speaker.key, speaker.label);
      if (draft.typeVotes.size === 0) increment(draft.typeVotes, 'person', 1);
      if (draft.labelVotes.size === 0) increment(draft.labelVotes, speaker.label, 1);
      for (const alias of speaker.aliases) draft.aliases.add(alias);
      draft.documents.add(documentId);
      draft.speaker = true;
    }
  }
  const ordered = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
  ordered.forEach((draft, rank) => {
    draft.rank = rank;
    draft.label = topVote(draft.labelVotes) ?? draft.label;
  });
  return { byKey, ordered };
}

function collectRelations(contributions: DocumentContribution[], nodes: NodeTable): Map<string, EdgeDraft> {
  const edges = new Map<string, EdgeDraft>();
  for (const contribution of contributions) {
    for (const relation of contribution.relations) {
      if (relation.source === relation.target || !nodes.byKey.has(relation.source) || !nodes.byKey.has(relation.target)) continue;
      const draft = edgeDraft(edges, relation.source, relation.type, relation.target);
      appendSpans(draft.evidence, relation.evidence, contribution.turns);
      for (const rule of relation.rules) draft.rules.add(rule);
    }
  }
  return edges;
}

/**
 * One CO_OCCURS edge per pair of entities sharing a turn, weighted by the turns they share; its evidence is the
 * shortest stretch holding both, for the first `keep` shared turns (turns are visited in conversation order, so
 * the stretch is computed only for those). Pairs are keyed by the two nodes' ranks, not by strings.
 */
function collectCooccurrences(contributions: DocumentContribution[], nodes: NodeTable, edges: Map<string, EdgeDraft>, keep: number): void {
  const order = nodes.ordered.length;
  const pairs = new Map<number, EdgeDraft>();
  for (const contribution of contributions) {
    // For each turn, the entities it mentions and where their spans sit in each entity's triples.
    const inTurn: Array<Array<{ draft: NodeDraft; triples: SpanTriples; from: number; to: number }>> = [];
    for (const entity of contribution.entities) {
      const draft = nodes.byKey.get(entity.key)!;
      const triples = entity.mentions;
      for (let i = 0; i < triples.length; ) {
        const turn = triples[i];
        let j = i + 3;
        while (j < triples.length && triples[j] === turn) j += 3;
        (inTurn[turn] ??= []).push({ draft, triples, from: i, to: j });
        i = j;
      }
    }
    for (let turn = 0; turn < inTurn.length; turn++) {
      const present = inTurn[turn];
      if (!present || present.length < 2) continue;
      present.sort((a, b) => a.draft.rank - b.draft.rank);
      const turnId = contribution.turns[turn].id;
      for (let i = 0; i < present.length; i++) {
        const left = present[i];
        for (let j = i + 1; j < present.length; j++) {
          const right = present[j];
          if (left.draft === right.draft) continue; // two entities of one document under one key
          const id = left.draft.rank * order + right.draft.rank;
          let draft = pairs.get(id);
          if (!draft) pairs.set(id, (draft = edgeDraft(edges, left.draft.key, CO_OCCURS, right.draft.key)));
          if (draft.sharedTurns === 0) draft.rules.add('same-turn');
          draft.sharedTurns++;
          if (draft.sharedTurns <= keep) draft.evidence.push(closestStretch(turnId, left, right));
        }
      }
    }
  }
}

/** The shortest stretch of a turn holding a span of each entity; both spans lists are sorted by start. */
function closestStretch(turn: string, left: { triples: SpanTriples; from: number; to: number }, right: { triples: SpanTriples; from: number; to: number }): Span {
  let bestStart = 0;
  let bestEnd = Number.MAX_SAFE_INTEGER;
  const consider = (xs: number, xe: number, ys: number, ye: number) => {
    const start = Math.min(xs, ys);
    const end = Math.max(xe, ye);
    if (end - start < bestEnd - bestStart || (end - start === bestEnd - bestStart && start < bestStart)) {
      bestStart = start;
      bestEnd = end;
    }
  };
  const a = left.triples;
  const b = right.triples;
  let j = right.from;
  for (let i = left.from; i < left.to; i += 3) {
    while (j < right.to && b[j + 1] < a[i + 1]) j += 3;
    if (j > right.from) consider(a[i + 1], a[i + 2], b[j - 2], b[j - 1]);
    if (j < right.to) consider(a[i + 1], a[i + 2], b[j + 1], b[j + 2]);
  }
  return { turn, start: bestStart, end: bestEnd };
}

function edgeDraft(edges: Map<string, EdgeDraft>, source: string, type: string, target: string): EdgeDraft {
  const key = `${source}|${type}|${target}`;
  let draft = edges.get(key);
  if (!draft) edges.set(key, (draft = { source, target, type, evidence: [], rules: new Set(), sharedTurns: 0 }));
  return draft;
}

function appendSpans(target: Span[], triples: SpanTriples, turns: Turn[]): void {
  for (let i = 0; i < triples.length; i += 3) target.push({ turn: turns[triples[i]].id, start: triples[i + 1], end: triples[i + 2] });
}

function toNodeAttrs(draft: NodeDraft): NodeAttrs {
  return {
    label: draft.label,
    type: topVote(draft.typeVotes) ?? 'concept',
    aliases: [...draft.aliases].sort(compareKeys),
    // Documents come in order and each lists its spans sorted, so these are in conversation order already.
    mentions: draft.mentions,
    documents: [...draft.documents].sort(compareKeys),
    speaker: draft.speaker,
    x: 0,
    y: 0,
    size: 1,
    color: '',
  };
}

function toEdgeAttrs(draft: EdgeDraft, turnOrder: Map<string, number>): EdgeAttrs {
  const co = draft.type === CO_OCCURS;
  // Typed evidence: each relation's spans are sorted, but two relations of one document may interleave.
  const evidence = co ? draft.evidence : sortSpans(draft.evidence, turnOrder);
  return { type: draft.type, evidence, weight: co ? draft.sharedTurns : evidence.length, rules: [...draft.rules].sort(compareKeys) };
}

/** Spans in conversation order (then start, end), duplicates removed. */
function sortSpans(spans: Span[], turnOrder: Map<string, number>): Span[] {
  const order = (span: Span) => turnOrder.get(span.turn) ?? -1;
  const sorted = [...spans].sort((a, b) => order(a) - order(b) || a.start - b.start || a.end - b.end);
  return sorted.filter((span, i) => i === 0 || span.turn !== sorted[i - 1].turn || span.start !== sorted[i - 1].start || span.end !== sorted[i - 1].end);
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
