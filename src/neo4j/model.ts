// The Neo4j model of a turngraph graph, as pure data: whitelisted labels and relationship types, and the
// rows (documents, turns, entities, relations, mentions, speakers) that the sync writes. No driver here.
import { ENTITY_TYPES, type EntityType, type KnowledgeGraph, type Turn } from '../model.ts';
import { OptionsError } from '../../extract/errors.ts';

/** One Neo4j label per entity type; every entity also carries ENTITY_LABEL. The only labels ever written. */
export const ENTITY_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  government: 'Government',
  model: 'Model',
  product: 'Product',
  benchmark: 'Benchmark',
  place: 'Place',
  event: 'Event',
  work: 'Work',
  concept: 'Concept',
};
export const ENTITY_LABEL = 'Entity';
export const PROVENANCE_TYPES = ['HAS_TURN', 'HAS_ENTITY', 'MENTIONS', 'SPOKE'] as const;
export const MAX_RELATION_TYPE_LENGTH = 64;
const RELATION_TYPE = /^[A-Z][A-Z0-9_]*$/;

/** The Neo4j label of an entity type; throws for anything outside the whitelist. */
export function entityLabel(type: string): string {
  const label = ENTITY_LABELS[type as EntityType];
  if (!label) throw new OptionsError('turngraph neo4j', `entity type "${type}" is not one of ${ENTITY_TYPES.join(', ')}`);
  return label;
}

/** A relation type safe to place in Cypher: UPPER_SNAKE, bounded, not one of the provenance types. */
export function isRelationType(type: string): boolean {
  return (
    typeof type === 'string' &&
    type.length <= MAX_RELATION_TYPE_LENGTH &&
    RELATION_TYPE.test(type) &&
    !(PROVENANCE_TYPES as readonly string[]).includes(type)
  );
}

export function relationType(type: string): string {
  if (!isRelationType(type)) throw new OptionsError('turngraph neo4j', `relation type "${String(type).slice(0, 80)}" is not UPPER_SNAKE (or is reserved); refused`);
  return type;
}

export interface DocumentRow {
  id: string;
  title: string;
  source: string;
  lang: string;
}
export interface TurnRow {
  id: string;
  document: string;
  index: number;
  kind: string;
  speaker: string | null;
  speakerLabel: string | null;
  section: string | null;
  text: string;
}
export interface EntityRow {
  key: string;
  label: string;
  type: EntityType;
  aliases: string[];
  speaker: boolean;
  /** Documents (of this graph file) the entity belongs to. */
  documents: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}
/** One span of evidence, with its document (needed to keep other documents' evidence on re-sync). */
export interface EvidenceRow {
  document: string;
  turn: string;
  start: number;
  end: number;
  quote: string;
}
export interface RelationRow {
  /** `${source}|${type}|${target}`: one Neo4j relationship per key. */
  key: string;
  type: string;
  source: string;
  target: string;
  weight: number;
  rules: string[];
  evidence: EvidenceRow[];
  /** Weight contributed by each document of this file (sum = weight), sorted by document id. */
  contributions: { document: string; weight: number }[];
}
export interface MentionRow {
  turn: string;
  entity: string;
  start: number;
  end: number;
  surface: string;
}
export interface SpokeRow {
  entity: string;
  turn: string;
}
export interface DocumentPart {
  document: DocumentRow;
  turns: TurnRow[];
  mentions: MentionRow[];
  spoke: SpokeRow[];
}
export interface SyncPlanInput {
  documents: DocumentPart[];
  entities: EntityRow[];
  relations: RelationRow[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function relationKey(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/** Orders evidence the same way whatever order it was merged in: by document, turn index, start, end. */
export function compareEvidence(a: EvidenceRow, b: EvidenceRow, turnIndex: (id: string) => number): number {
  return byString(a.document, b.document) || turnIndex(a.turn) - turnIndex(b.turn) || byString(a.turn, b.turn) || a.start - b.start || a.end - b.end;
}

/** Turns the graph into the rows the sync writes. Pure; throws OptionsError for a type outside the whitelist. */
export function toSyncRows(graph: KnowledgeGraph): SyncPlanInput {
  const attributes = graph.getAttributes();
  const turns = new Map<string, Turn>(attributes.turns.map((turn) => [turn.id, turn]));
  const documentIds = new Set(attributes.documents.map((document) => document.id));
  const parts = new Map<string, DocumentPart>();
  for (const document of [...attributes.documents].sort((a, b) => byString(a.id, b.id))) {
    parts.set(document.id, { document: { id: document.id, title: document.title, source: document.source, lang: document.lang }, turns: [], mentions: [], spoke: [] });
  }
  const partOf = (turnId: string) => {
    const turn = turns.get(turnId);
    const part = turn && parts.get(turn.document);
    if (!part) throw new OptionsError('turngraph neo4j', `span points to turn "${turnId}", which is not in the graph's turns`);
    return part;
  };
  for (const turn of attributes.turns) {
    const part = parts.get(turn.document);
    if (!part) throw new OptionsError('turngraph neo4j', `turn "${turn.id}" belongs to unknown document "${turn.document}"`);
    part.turns.push({ id: turn.id, document: turn.document, index: turn.index, kind: turn.kind, speaker: turn.speaker, speakerLabel: turn.speakerLabel, section: turn.section, text: turn.text });
    if (turn.speaker !== null && graph.hasNode(turn.speaker)) part.spoke.push({ entity: turn.speaker, turn: turn.id });
  }

  const entities: EntityRow[] = [];
  graph.forEachNode((key, node) => {
    entityLabel(node.type);
    const documents = [...new Set(node.documents ?? [])].filter((id) => documentIds.has(id)).sort(byString);
    entities.push({ key, label: node.label, type: node.type, aliases: [...(node.aliases ?? [])], speaker: Boolean(node.speaker), documents, x: node.x, y: node.y, size: node.size, color: node.color });
    for (const span of node.mentions ?? []) {
      const text = turns.get(span.turn)?.text ?? '';
      partOf(span.turn).mentions.push({ turn: span.turn, entity: key, start: span.start, end: span.end, surface: text.slice(span.start, span.end) });
    }
  });
  entities.sort((a, b) => byString(a.key, b.key));

  const merged = new Map<string, RelationRow>();
  const turnIndex = (id: string) => turns.get(id)?.index ?? 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    const type = relationType(attrs.type);
    const key = relationKey(source, type, target);
    const row = merged.get(key) ?? { key, type, source, target, weight: 0, rules: [], evidence: [], contributions: [] };
    row.weight += attrs.weight;
    row.rules = [...new Set([...row.rules, ...(attrs.rules ?? [])])].sort(byString);
    for (const span of attrs.evidence ?? []) {
      const document = partOf(span.turn).document.id;
      row.evidence.push({ document, turn: span.turn, start: span.start, end: span.end, quote: (turns.get(span.turn)?.text ?? '').slice(span.start, span.end) });
    }
    merged.set(key, row);
  });
  const fallbackDocument = [...parts.keys()][0];
  for (const row of merged.values()) {
    row.evidence.sort((a, b) => compareEvidence(a, b, turnIndex));
    row.contributions = splitWeight(row, fallbackDocument);
  }
  const relations = [...merged.values()].sort((a, b) => byString(a.key, b.key));
  return { documents: [...parts.values()], entities, relations };
}

/** Splits a relation's weight over its documents in proportion to their evidence (exact when weight = evidence count). */
function splitWeight(row: RelationRow, fallbackDocument: string | undefined): { document: string; weight: number }[] {
  const counts = new Map<string, number>();
  for (const span of row.evidence) counts.set(span.document, (counts.get(span.document) ?? 0) + 1);
  if (counts.size === 0) return fallbackDocument === undefined ? [] : [{ document: fallbackDocument, weight: row.weight }];
  const total = row.evidence.length;
  const documents = [...counts.keys()].sort(byString);
  const shares = documents.map((document) => ({ document, weight: Math.floor((row.weight * counts.get(document)!) / total) }));
  shares[0].weight += row.weight - shares.reduce((sum, share) => sum + share.weight, 0);
  return shares;
}
