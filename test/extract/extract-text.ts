// A transcript written inline in a test, through the whole per-document pipeline with the bundled lexicon and relation
// rules, its typed relations as one line each ("Kyutai -RELEASED-> Moshi") and its entities looked up by name.
import { expect } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import type { DocumentExtraction, Entity } from '../../extract/types.ts';

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

/** The entity a name stands for: its label or one of its aliases. */
export function named(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.label === name || e.aliases.includes(name));
}

/** Expects the entity labelled `label` to be a `type` that `surface` (its label or an alias) names. */
export function expectLabelled(doc: DocumentExtraction, surface: string, label: string, type: string): void {
  const entity = doc.entities.find((e) => e.label === label);
  expect(entity?.type, doc.entities.map((e) => `${e.type} ${e.label}`).join('\n')).toBe(type);
  expect([entity?.label, ...(entity?.aliases ?? [])]).toContain(surface);
}

/** Expects `surface` to name an entity (its label or an alias) labelled `label`, of `type`. */
export function expectNamed(doc: DocumentExtraction, surface: string, label: string, type: string): void {
  const entity = named(doc.entities, surface);
  expect(entity, doc.entities.map((e) => `${e.type} ${e.label} [${e.aliases.join(',')}]`).join('\n')).toBeDefined();
  expect([entity?.label, entity?.type]).toEqual([label, type]);
}
