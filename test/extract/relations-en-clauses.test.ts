// Tests for English relations said in a relative clause or a second clause (extract/data/relations.json): "Aisha
// Rahman, who was at Rocket Lab", "Accel led our Series B, and Lightspeed joined", "we were founded in 2022 in Austin".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (text: string) => `HOST: Tell me about the company.\n\nMAYA ROSS: I founded Corvane in 2021. ${text}\n\nHOST: Thanks.\n`;

describe('relations said in a clause', () => {
  it.each([
    ['I started it with Aisha Rahman, who was at Kelvin Launch Labs.', 'Aisha Rahman -WORKED_AT-> Kelvin Launch Labs'],
    ['Our adviser is Omar Haddad, who is now at Caltech.', 'Omar Haddad -WORKS_AT-> Caltech'],
    ['Brightline Ventures led our Series B, and Lightspeed Venture Partners joined.', 'Lightspeed Venture Partners -INVESTED_IN-> Corvane'],
    ['We were founded in 2022 in Austin.', 'Corvane -LOCATED_IN-> Austin'],
  ])('%s → %s', (text, line) => {
    expect(relationsOf(turn(text))).toContain(line);
  });

  it.each([
    // A clause about a place or a time, not an employer; a round another company joined.
    ['I met Aisha Rahman, who was at the conference in Berlin.', 'Aisha Rahman -WORKED_AT->'],
    ['Brightline Ventures led our Series B, and then our CTO Omar Haddad joined.', 'Omar Haddad -INVESTED_IN->'],
  ])('%s gives no %s', (text, prefix) => {
    expect(relationsOf(turn(text)).filter((l) => l.startsWith(prefix))).toEqual([]);
  });
});
