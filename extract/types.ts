// The typed input and output of every extraction stage, in pipeline order.
// Each stage file in extract/stages/ takes the previous stage's output type and returns its own.
import type { DocumentInfo, EntityType, Span, Turn, TurnKind } from '../src/model.ts';

/** read: one decoded transcript (UTF-8 validated, BOM stripped, CRLF → LF). */
export interface SourceText {
  /** Stable document id, from the file name. */
  id: string;
  /** The path as the user gave it. */
  path: string;
  text: string;
}

/** segment: the transcript cut into segments, hard wraps rejoined, nothing resolved yet. */
export interface Segment {
  kind: TurnKind;
  /** The speaker as written ("主持人Melissa Koide", "Q", "Sam Altman"), null for narration/boilerplate. */
  speakerLabel: string | null;
  section: string | null;
  text: string;
  /** A turn whose label a question number opens ("Q3 Gavin Newlands:"): its speaker asks the questions. */
  asks?: boolean;
  /** A turn of an asker from the floor who named themselves ("AUDIENCE MEMBER: Hi, I'm Priya Raman, …"). */
  floor?: boolean;
}
export interface SegmentedDocument {
  document: DocumentInfo;
  segments: Segment[];
  diagnostics: Diagnostic[];
}

/** speakers: every speaker label resolved to one person. */
export interface Speaker {
  /** Entity node key (see extract/keys.ts); an unnamed host gets hostKey(documentId). */
  key: string;
  /** Canonical name ("Melissa Koide"), or "主持人 (host)" for an unnamed host. */
  label: string;
  /** Every label the transcript uses for this speaker ("主持人", "Melissa Koide", "Q"). */
  aliases: string[];
  role: 'host' | 'guest' | null;
}
export interface TurnedDocument {
  document: DocumentInfo;
  turns: Turn[];
  speakers: Speaker[];
  diagnostics: Diagnostic[];
}

/** mentions: candidate entity mentions found in turn/narration text (never in boilerplate). */
export interface Mention extends Span {
  /** turn text.slice(start, end) */
  surface: string;
  type: EntityType;
  /** The canonical label when the mention was matched to a lexicon entry or a speaker, else null. */
  canonical: string | null;
  source: 'lexicon' | 'speaker' | 'discovery';
  /** Why this is a mention (rule id / cue), shown in diagnostics. */
  reason: string;
}
export interface MentionedDocument extends TurnedDocument {
  mentions: Mention[];
}

/** resolve: mentions grouped into entities with canonical labels (aliases merged, "Sam" → Sam Altman). */
export interface Entity {
  key: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  /** True when this entity is one of the document's speakers. */
  speaker: boolean;
}
export interface ResolvedMention extends Mention {
  entity: string;
}
export interface ResolvedDocument extends TurnedDocument {
  entities: Entity[];
  mentions: ResolvedMention[];
}

/** relations: typed, directed relations stated by the text. */
export interface Relation {
  source: string;
  target: string;
  /** UPPER_SNAKE type from the relation rules (CEO_OF, RELEASED, ...). */
  type: string;
  evidence: Span[];
  /** Ids of the rules that fired. */
  rules: string[];
}
export interface DocumentExtraction extends ResolvedDocument {
  relations: Relation[];
}

/** A non-fatal finding with its position; printed by the CLI, never by library code. */
export interface Diagnostic {
  level: 'warning' | 'info';
  document: string;
  turn?: string;
  offset?: number;
  message: string;
}
