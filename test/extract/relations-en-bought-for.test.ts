// Tests for "we bought X" (extract/data/relations.json en-we-acquired): a company bought for a price is acquired; a
// product bought "for logging" or "for our laptops" is a purchase of its software, no acquisition of its maker.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (text: string) => `HOST: Tell me about the company.\n\nMAYA ROSS: I founded Corvane in 2021. ${text}\n\nHOST: Thanks.\n`;
const acquired = (text: string) => relationsOf(turn(text)).filter((l) => l.includes('-ACQUIRED->'));

describe('"we bought X"', () => {
  it.each([
    'We also bought Loggly Systems for logging, before Cisco bought it.',
    'We bought Okta Systems for our laptops last year.',
    'We purchased Tessellate Labs licenses for every engineer.',
  ])('a purchase of software is no acquisition: %s', (text) => {
    expect(acquired(text).filter((l) => l.startsWith('Corvane'))).toEqual([]);
  });

  it.each([
    ['We bought Gripwise Labs for $40 million in March.', 'Corvane -ACQUIRED-> Gripwise Labs'],
    ['We acquired Helio Thermal, a storage startup, in 2023.', 'Corvane -ACQUIRED-> Helio Thermal'],
  ])('a company bought is acquired: %s', (text, line) => {
    expect(acquired(text)).toContain(line);
  });
});
