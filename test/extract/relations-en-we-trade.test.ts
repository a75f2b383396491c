// "We buy X from Y" and "we ship X to Y": the speaker's company and its suppliers and customers.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (words: string) => `**Host:** Our guest is Tomás Ortega, CEO of Voltaic Storage. Welcome.\n\n**Tomás Ortega:** ${words}`;

describe('relations: what the speaker\'s company buys and ships', () => {
  it.each([
    ['We buy cells from CATL today.', ['CATL -SUPPLIES-> Voltaic Storage']],
    ['We also source wafers from TSMC and Samsung.', ['TSMC -SUPPLIES-> Voltaic Storage', 'Samsung -SUPPLIES-> Voltaic Storage']],
    ['We ship our first packs to PG&E in March.', ['Voltaic Storage -SUPPLIES-> Pacific Gas and Electric']],
  ])('%s', (words, lines) => {
    expect(relationsOf(turn(words))).toEqual(expect.arrayContaining(lines));
  });

  it('a company sold to a buyer is no supply', () => {
    expect(relationsOf(turn('Two years later we sold the company to Siemens.')).filter((l) => l.includes('SUPPLIES'))).toEqual([]);
  });
});
