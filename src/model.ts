// The graph contract: the one typed graph every part of turngraph reads and writes.
// Extraction produces it, the CLI saves it (graph.export()), the viewer and the Neo4j sync consume it.
import type { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';

export const ENTITY_TYPES = [
  'person',
  'organization',
  'government',
  'model',
  'product',
  'benchmark',
  'place',
  'event',
  'work',
  'concept',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TURN_KINDS = ['turn', 'narration', 'boilerplate'] as const;
/** turn: a speaker's words; narration: intro, summaries, editor's text; boilerplate: metadata, link lists, adverts. */
export type TurnKind = (typeof TURN_KINDS)[number];

export type Lang = 'zh' | 'en' | 'mixed';

export interface DocumentInfo {
  /** Stable id derived from the file name (e.g. "altman-o3-interview.zh"). */
  id: string;
  title: string;
  /** The path the document was read from, as given on the command line. */
  source: string;
  lang: Lang;
}

export interface Turn {
  /** `${document}#${index}` */
  id: string;
  document: string;
  /** 0-based position of the segment in its document. */
  index: number;
  kind: TurnKind;
  /** Node key of the speaking person, or null (narration, boilerplate, unknown). */
  speaker: string | null;
  /** The speaker as written in the transcript ("主持人", "Sam Altman", "Q"), or null. */
  speakerLabel: string | null;
  /** The heading the turn sits under, or null. */
  section: string | null;
  /** The turn's text with hard wraps rejoined; every span indexes into this string. */
  text: string;
}

/** A character span: JavaScript string offsets [start, end) into turns[turn].text. */
export interface Span {
  turn: string;
  start: number;
  end: number;
}

export interface NodeAttrs {
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  /** Ids of the documents the entity is mentioned in or speaks in. */
  documents: string[];
  /** True when the entity speaks in at least one turn. */
  speaker: boolean;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttrs {
  /** UPPER_SNAKE relation type; CO_OCCURS for entities mentioned in the same turn. */
  type: string;
  /** Where the text supports the edge; for CO_OCCURS only the first few shared turns (see assemble's options). */
  evidence: Span[];
  /** Number of supporting spans; for CO_OCCURS, the number of turns mentioning both entities. */
  weight: number;
  /** Ids of the rules that produced the edge (see extract/data/relations.json), for "why is this an edge?". */
  rules: string[];
}

export interface GraphAttrs {
  name: string;
  documents: DocumentInfo[];
  turns: Turn[];
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;

/** Fixed colour per entity type, shared by the layout step and the viewer legend. */
export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#e4572e',
  organization: '#1f77b4',
  government: '#6a3d9a',
  model: '#2ca02c',
  product: '#17becf',
  benchmark: '#ff7f0e',
  place: '#8c564b',
  event: '#e377c2',
  work: '#bcbd22',
  concept: '#7f7f7f',
};
