// Tests for a firm said to be run, led or headed by a person (extract/data/relations.json en-org-is-run-by-person):
// "Stellantis is run by Carlos Tavares" → Carlos Tavares leads Stellantis.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const inTurn = (text: string) => relationsOf(`Host: Welcome.\n\nGuest: ${text}\n\nHost: Thanks.`);

describe('"Org is run by X"', () => {
  it.each([
    ['Corvane Logistics is run by Omar Haddad, at least it was then.', 'Omar Haddad -LEADS-> Corvane Logistics'],
    ['The Kessel Foundation was led by Ana Ruiz for a decade.', 'Ana Ruiz -LEADS-> Kessel Foundation'],
    ['Halden Bank is now headed by its founder Ruth Ames.', 'Ruth Ames -LEADS-> Halden Bank'],
  ])('%s', (text, line) => {
    expect(inTurn(text)).toContain(line);
  });

  it('reads no leader in "the trial was run by Ana Ruiz"', () => {
    expect(inTurn('The trial was run by Ana Ruiz at Halden Bank.').filter((l) => l.includes('LEADS'))).toEqual([]);
  });
});
