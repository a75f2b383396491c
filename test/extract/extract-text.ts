// A transcript written inline in a test, through the whole per-document pipeline with the bundled lexicon and relation
// rules, and its typed relations as one line each ("Kyutai -RELEASED-> Moshi") for assertions a reader can check.
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import type { DocumentExtraction } from '../../extract/types.ts';

export const context = { lexicon: loadLexicon(), rules: loadRelationRules() };

export function extractText(text: string, id = 'doc'): DocumentExtraction {
  return extractDocument({ id, path: `${id}.md`, text }, context);
}

/**
 * "Source -TYPE-> Target" for each typed relation, by canonical label; with `names: 'han'`, by the entity's first
 * Chinese alias where it has one (Chinese tests write 英伟达, not NVIDIA).
 */
export function relationLines(doc: DocumentExtraction, names: 'label' | 'han' = 'label'): string[] {
  const byKey = new Map(doc.entities.map((e) => [e.key, e]));
  const name = (key: string) => {
    const entity = byKey.get(key);
    return (names === 'han' ? entity?.aliases.find((a) => /\p{Script=Han}/u.test(a)) : undefined) ?? entity?.label;
  };
  return doc.relations.map((r) => `${name(r.source)} -${r.type}-> ${name(r.target)}`);
}

export function relationsOf(text: string, id = 'doc', names: 'label' | 'han' = 'label'): string[] {
  return relationLines(extractText(text, id), names);
}
