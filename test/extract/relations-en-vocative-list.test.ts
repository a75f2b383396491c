// "Tobias, Macquarie owns a stake in Cadent": two names opening a sentence with only a comma between them are the one
// addressed and the subject, not a list of two owners (relations.ts addressedInList). A list joined by "and" is a list.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turns = (question: string) => `**Moderator:** ${question}\n\n**Tobias Brandt:** It is adequate.\n`;

describe('relations: a name addressed before a list slot', () => {
  it('"Tobias, Macquarie owns a stake in Cadent" gives Macquarie\'s stake only', () => {
    const edges = relationsOf(turns('Tobias, Macquarie owns a stake in Cadent. Is the return good enough?'));
    expect(edges).toContain('Macquarie -INVESTED_IN-> Cadent');
    expect(edges).not.toContain('Tobias Brandt -INVESTED_IN-> Cadent');
  });

  it('a list joined by "and" keeps every buyer', () => {
    const edges = relationsOf(turns('Tobias, Siemens and Macquarie bought a stake in Fluence, right?'));
    expect(edges).toEqual(expect.arrayContaining(['Siemens -INVESTED_IN-> Fluence', 'Macquarie -INVESTED_IN-> Fluence']));
  });
});
