// The extraction pipeline, one line per stage: read → segment → speakers → mentions → resolve → relations → assemble.
// Stages are pure functions in extract/stages/; only read touches the disk.
import type { KnowledgeGraph } from '../src/model.ts';
import type { DocumentExtraction, SourceText } from './types.ts';
import { knownPerson, type Lexicon } from './lexicon.ts';
import type { RelationRules } from './rules.ts';
import { segment } from './stages/segment.ts';
import { resolveSpeakers } from './stages/speakers.ts';
import { findMentions } from './stages/mentions.ts';
import { resolveEntities } from './stages/resolve.ts';
import { extractRelations } from './stages/relations.ts';
import { assemble, type AssembleOptions } from './stages/assemble.ts';

export interface ExtractContext {
  lexicon: Lexicon;
  rules: RelationRules;
}

/** Extract one transcript: everything up to (not including) the cross-document merge. */
export function extractDocument(source: SourceText, context: ExtractContext): DocumentExtraction {
  const segmented = segment(source);
  const turned = resolveSpeakers(segmented, undefined, (name) => knownPerson(context.lexicon, name));
  const mentioned = findMentions(turned, context.lexicon);
  const resolved = resolveEntities(mentioned, context.lexicon);
  return extractRelations(resolved, context.rules);
}

/** Merge the documents' extractions into one graph (one node per entity across documents) with a layout. */
export function buildGraph(extractions: DocumentExtraction[], options: Partial<AssembleOptions> = {}): KnowledgeGraph {
  return assemble(extractions, options);
}

export { readTranscript } from './stages/read.ts';
export { loadLexicon } from './lexicon.ts';
export { loadRelationRules } from './rules.ts';
export type * from './types.ts';
