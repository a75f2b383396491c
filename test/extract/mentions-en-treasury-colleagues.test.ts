// Tests for two English cues no lexicon needs: a treasury or parliament is a government body ("UK Treasury", "HM
// Treasury"; not "Treasury yields"), and a surname before "and colleagues" or "et al." is a person ("Arnason and colleagues").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) =>
  extractText(`**Host:** Go on.\n\n**Mark Carney:** ${text}\n`).entities.find((e) => e.label === label)?.type;

describe('a treasury or parliament', () => {
  it('"Treasury yields rose" names no government', () => {
    expect(typeOf('Treasury yields rose again this week.', 'Treasury')).not.toBe('government');
  });

  it.each([
    ['The UK Treasury set up the taskforce in 2021.', 'UK Treasury'],
    ['We met HM Treasury officials twice.', 'HM Treasury'],
    ['The Scottish Parliament voted on it.', 'Scottish Parliament'],
  ])('%s → %s is a government', (text, name) => {
    expect(typeOf(text, name)).toBe('government');
  });
});

describe('a surname before "and colleagues" or "et al."', () => {
  it.each([
    ['The curl came out of work by Arnason and colleagues in Norway.', 'Arnason'],
    ['The method follows Okonkwo et al. closely.', 'Okonkwo'],
  ])('%s → %s is a person', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});
