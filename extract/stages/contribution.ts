// What one document brings to the merged graph: its turns, entities with their mention positions, typed relations,
// and nothing the merge does not read (no mention surfaces or reasons). Spans are flat [turn index, start, end]
// numbers, a quarter of the size of span objects: workers send it, the build cache stores it, and a corpus build
// keeps one per document instead of the whole extraction.
import type { DocumentInfo, EntityType, Span, Turn } from '../../src/model.ts';
import type { Diagnostic, DocumentExtraction } from '../types.ts';
import { DEFAULT_PAIR_EVIDENCE, summarisePairs, type PairSummary } from './pairs.ts';

/** Flattened spans of one document: turn index (into the document's turns), start, end; sorted, no duplicates. */
export type SpanTriples = number[];

/** One entity as this document resolved it; the merge votes on label and type across documents. */
export interface NodeContribution {
  key: string;
  label: string;
  type: EntityType;
  /** Vote weight: the number of mentions in this document (at least 1). */
  weight: number;
  aliases: string[];
  mentions: SpanTriples;
  speaker: boolean;
}

/** A speaker who has at least one turn: a node even when the text never names them. */
export interface SpeakerContribution {
  key: string;
  label: string;
  aliases: string[];
}

export interface RelationContribution {
  source: string;
  target: string;
  type: string;
  evidence: SpanTriples;
  rules: string[];
}

export interface DocumentContribution {
  document: DocumentInfo;
  turns: Turn[];
  diagnostics: Diagnostic[];
  entities: NodeContribution[];
  speakers: SpeakerContribution[];
  relations: RelationContribution[];
  /** Entities sharing turns (pairs.ts); absent in contributions made before it existed: the merge computes it. */
  pairs?: PairSummary;
}

/** Reduces an extraction to what the merge needs, quoting up to `keep` shared turns per co-occurring pair. Pure. */
export function contribute(extraction: DocumentExtraction, keep = DEFAULT_PAIR_EVIDENCE): DocumentContribution {
  const turnIndex = new Map<string, number>();
  extraction.turns.forEach((turn, index) => turnIndex.set(turn.id, index));
  const speaking = new Set<string>();
  for (const turn of extraction.turns) if (turn.kind === 'turn' && turn.speaker) speaking.add(turn.speaker);
  const entities = extraction.entities.map(
    (entity): NodeContribution => ({
      key: entity.key,
      label: entity.label,
      type: entity.type,
      weight: Math.max(1, entity.mentions.length),
      aliases: entity.aliases,
      mentions: toTriples(entity.mentions, turnIndex),
      speaker: entity.speaker,
    }),
  );
  return {
    document: extraction.document,
    turns: extraction.turns,
    diagnostics: extraction.diagnostics,
    entities,
    speakers: extraction.speakers
      .filter((speaker) => speaking.has(speaker.key))
      .map((speaker) => ({ key: speaker.key, label: speaker.label, aliases: speaker.aliases })),
    relations: extraction.relations.map((relation) => ({
      source: relation.source,
      target: relation.target,
      type: relation.type,
      evidence: toTriples(relation.evidence, turnIndex),
      rules: relation.rules,
    })),
    pairs: summarisePairs(entities, keep),
  };
}

/** Spans as sorted, de-duplicated triples; a span on a turn the document does not have is dropped. */
export function toTriples(spans: Span[], turnIndex: Map<string, number>): SpanTriples {
  const rows: [number, number, number][] = [];
  for (const span of spans) {
    const index = turnIndex.get(span.turn);
    if (index !== undefined) rows.push([index, span.start, span.end]);
  }
  rows.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const out: SpanTriples = [];
  for (let i = 0; i < rows.length; i++) {
    const [turn, start, end] = rows[i];
    const n = out.length;
    if (n && out[n - 3] === turn && out[n - 2] === start && out[n - 1] === end) continue;
    out.push(turn, start, end);
  }
  return out;
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
