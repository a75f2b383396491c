// compromise's word lists (first names, surnames, places, organizations, everyday words), read once and shared by
// speaker resolution and Latin discovery; the tagger itself is too slow for whole text. Loaded on first need, as
// its single-file CommonJS build (the same model as its ES modules, in half the time): a build whose documents all
// come from the cache, or hold no Latin text, never loads it.
import { createRequire } from 'node:module';

export type CompromiseModel = {
  one: { lexicon: Record<string, string | string[] | undefined> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
};

export const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

let model: CompromiseModel | null = null;

export function compromiseModel(): CompromiseModel {
  model ??= (createRequire(import.meta.url)('compromise') as { model(): CompromiseModel }).model();
  return model;
}

/** Whether compromise lists the word, in any case, as a first name ("Jeremy", "grace"). */
export function knownFirstName(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((tag) => FIRST_NAME_TAGS.has(tag));
}

/** compromise's tags for one lower-case word, none when it does not list it ("ohio": Region, ProperNoun). */
export function tagsOf(word: string): string[] {
  const tag = compromiseModel().one.lexicon[word];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}
