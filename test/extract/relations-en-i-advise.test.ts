// Tests for a speaker who says they advise an organisation ("I advise Breakthrough Energy Ventures", "I'm an adviser
// to the Department of Energy"): the speaker ADVISES it; a question about advice is no such claim.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Rebecca Bellan:** Jesse, introduce yourself.\n\n**Jesse Jenkins:** ${text}\n`;

describe('first person: I advise Y', () => {
  it.each([
    ['I also advise Breakthrough Energy Ventures on grid deals.', 'Jesse Jenkins -ADVISES-> Breakthrough Energy Ventures'],
    ["I'm an adviser to the Department of Energy these days.", 'Jesse Jenkins -ADVISES-> Department of Energy'],
    ['I have advised Corvane Labs since 2021.', 'Jesse Jenkins -ADVISES-> Corvane Labs'],
    ['I serve as an advisor for Lowercarbon Capital.', 'Jesse Jenkins -ADVISES-> Lowercarbon Capital'],
  ])('%s', (text, line) => {
    expect(relationsOf(doc(text))).toContain(line);
  });

  it('"should I advise Corvane Labs?" asks, and claims nothing', () => {
    expect(relationsOf(doc('Would I advise Corvane Labs to raise now? No.'))).not.toContain('Jesse Jenkins -ADVISES-> Corvane Labs');
  });
});
