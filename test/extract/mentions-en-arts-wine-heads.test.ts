// Tests for last words that make a name an organization (cues.json orgHeads: Opera, Philharmonic, Estates, Audio,
// Zeitung, …) and for a demonym in -ish opening one (extract/stages/mentions/latin.ts): "English National Opera".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('companies of the arts, wine houses, studios and newspapers', () => {
  it.each([
    ['The production is shared with Pittsburgh Opera this season.', 'Pittsburgh Opera (organization)'],
    ['My first job was in the chorus at English National Opera.', 'English National Opera (organization)'],
    ['He played viola in the Halvorsen Philharmonic for ten years.', 'Halvorsen Philharmonic (organization)'],
    ['Symington Family Estates owns four port houses.', 'Symington Family Estates (organization)'],
    ['This episode was produced by Heron Audio for the association.', 'Heron Audio (organization)'],
    ['Dominik Kessler asked for the Neue Zürcher Zeitung.', 'Neue Zürcher Zeitung (organization)'],
  ])('%s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });
});
