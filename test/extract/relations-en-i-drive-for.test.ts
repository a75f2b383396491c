// Tests for first-person work verbs besides "work" (relations.json en-i-work-at): "I drive for Halden Logistics",
// "I volunteer with Y" say the speaker works there.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (said: string) => `Bev Kowalczyk: Line two, you're on.\n\nGene Hardy: ${said}\n\nBev Kowalczyk: Thanks.\n`;

describe('"I drive for Y" and the like', () => {
  it.each([
    ['Yeah, hi. I drive for Halden Logistics, been there nineteen years.', 'Gene Hardy -WORKS_AT-> Halden Logistics'],
    ['I volunteer with the Fairhaven Community Foundation on weekends.', 'Gene Hardy -WORKS_AT-> Fairhaven Community Foundation'],
  ])('%s → %s', (said, line) => {
    expect(relationsOf(turn(said))).toContain(line);
  });
});
