// "X led our Series A": an investor in the speaker's company.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (words: string) => `**Host:** Our guest is Dana Whitfield, CEO of Heliostat Energy. Welcome.\n\n**Dana Whitfield:** ${words}`;

describe('relations: who led or joined the speaker\'s round', () => {
  it.each([
    ['Breakthrough Energy Ventures led our Series A.', ['Breakthrough Energy Ventures -INVESTED_IN-> Heliostat Energy']],
    ['Khosla Ventures led our $4 million seed round, and Sequoia joined our round later.', ['Khosla Ventures -INVESTED_IN-> Heliostat Energy', 'Sequoia -INVESTED_IN-> Heliostat Energy']],
  ])('%s', (words, lines) => {
    expect(relationsOf(turn(words))).toEqual(expect.arrayContaining(lines));
  });

  it('a company that led our team or joined our call invested in nothing', () => {
    expect(relationsOf(turn('Google joined our call, and Siemens led our workshop.')).filter((l) => l.includes('INVESTED_IN'))).toEqual([]);
  });
});
