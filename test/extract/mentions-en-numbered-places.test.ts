// Tests for words that name nothing or a place (extract/stages/mentions/latin.ts, cues.json en-place-preposition): a
// numbered designation ("the Route 7 bus", "Ward 3", "Day 2") or a word before a modifier ("AI-generated") is no
// organization, and a place noun before "in" ("a hotel in Gaia", "our practice in Rockford") says where.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('a numbered designation or a modifier names no organization', () => {
  it.each([
    ['They cut the Route 7 bus last June.', 'Route'],
    ["I'm focused on Ward 3 for now.", 'Ward'],
    ['Denver, Colorado -- Day 2, Main Stage.', 'Day'],
    ['We get AI-generated bug reports every week.', 'AI-generated'],
  ])('%s → no %s', (text, word) => {
    expect(entities(text).filter((e) => e.startsWith(`${word} (`))).toEqual([]);
  });
});

describe('a place noun before "in" says the name after it is a place', () => {
  it.each([
    ['They built The Yeatman hotel in Gaia years ago.', 'Gaia (place)'],
    ['I run a small-animal practice in Rockford these days.', 'Rockford (place)'],
    ['Cholera spread on the outskirts of Kassala this summer.', 'Kassala (place)'],
  ])('%s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });
});
