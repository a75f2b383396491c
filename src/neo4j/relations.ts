// How one Neo4j relationship holds the contributions of several documents: parallel evidence arrays and
// per-document weights, merged so that re-syncing one document replaces only that document's part.
import type { EvidenceRow, RelationRow } from './model.ts';

export interface StoredRelation {
  key: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export interface RelationState {
  key: string;
  rules: string[];
  evidence: EvidenceRow[];
  contributions: { document: string; weight: number }[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Reads the contributions back from the stored properties. */
export function evidenceOf(props: Record<string, unknown>): RelationState {
  const list = <T>(name: string) => (Array.isArray(props[name]) ? (props[name] as T[]) : []);
  const documents = list<string>('evidenceDocuments');
  const turns = list<string>('evidenceTurns');
  const starts = list<number>('evidenceStarts');
  const ends = list<number>('evidenceEnds');
  const quotes = list<string>('quotes');
  const weights = list<number>('documentWeights');
  return {
    key: String(props.key ?? ''),
    rules: list<string>('rules'),
    evidence: documents.map((document, i) => ({ document, turn: turns[i], start: starts[i], end: ends[i], quote: quotes[i] ?? '' })),
    contributions: list<string>('documents').map((document, i) => ({ document, weight: weights[i] ?? 0 })),
  };
}

/** The stored contributions minus those of `documents`. */
export function withoutDocuments(state: RelationState, documents: string[]): RelationState {
  return {
    ...state,
    evidence: state.evidence.filter((span) => !documents.includes(span.document)),
    contributions: state.contributions.filter((part) => !documents.includes(part.document)),
  };
}

/** The file's relation row merged with what other documents contributed before. */
export function mergeRelation(row: RelationRow, stored: Record<string, unknown> | undefined, owned: string[]): RelationState {
  const kept = stored ? withoutDocuments(evidenceOf(stored), owned) : undefined;
  const others = kept && kept.contributions.length > 0 ? kept : undefined;
  const evidence = [...(others?.evidence ?? []), ...row.evidence];
  const contributions = [...(others?.contributions ?? []), ...row.contributions].sort((a, b) => byString(a.document, b.document));
  return {
    key: row.key,
    rules: others ? [...new Set([...others.rules, ...row.rules])].sort(byString) : row.rules,
    evidence: groupByDocument(evidence),
    contributions,
  };
}

/** Evidence grouped by document id (sorted), each document's spans in their original order. */
function groupByDocument(evidence: EvidenceRow[]): EvidenceRow[] {
  const groups = new Map<string, EvidenceRow[]>();
  for (const span of evidence) groups.set(span.document, [...(groups.get(span.document) ?? []), span]);
  return [...groups.keys()].sort(byString).flatMap((document) => groups.get(document)!);
}

/** The flat property map a Neo4j relationship stores (lists of primitives only). */
export function relationProps(state: RelationState): Record<string, unknown> {
  return {
    key: state.key,
    weight: state.contributions.reduce((sum, part) => sum + part.weight, 0),
    rules: state.rules,
    documents: state.contributions.map((part) => part.document),
    documentWeights: state.contributions.map((part) => part.weight),
    evidenceDocuments: state.evidence.map((span) => span.document),
    evidenceTurns: state.evidence.map((span) => span.turn),
    evidenceStarts: state.evidence.map((span) => span.start),
    evidenceEnds: state.evidence.map((span) => span.end),
    quotes: state.evidence.map((span) => span.quote),
  };
}
