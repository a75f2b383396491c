// Tests for a name with "our founder and CEO" after it (extract/data/relations.json en-person-our-ceo,
// en-person-our-founder): the moderator introducing a colleague says who runs and who founded their company.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const call = (line: string) =>
  relationsOf(`Ruth Ames: Good afternoon. I'm Ruth Ames, chief marketing officer at Corvane Systems. ${line}\n\nOmar Haddad: Thanks, Ruth.\n\nRuth Ames: Our first question is from the line of Ines Roy.\n\nOmar Haddad: Go ahead, Ines.\n`);

describe('"X, our founder and CEO"', () => {
  it('runs and founded the speaker\'s company', () => {
    const lines = call("We'll hear first from Omar Haddad, our founder and CEO, and then take questions.");
    expect(lines).toContain('Omar Haddad -CEO_OF-> Corvane Systems');
    expect(lines).toContain('Omar Haddad -FOUNDED-> Corvane Systems');
  });

  it('"X is our chief executive" runs it, founding nothing', () => {
    const lines = call('Omar Haddad is our chief executive officer.');
    expect(lines).toContain('Omar Haddad -CEO_OF-> Corvane Systems');
    expect(lines).not.toContain('Omar Haddad -FOUNDED-> Corvane Systems');
  });

  it('"X, our co-founder" founded it, running nothing', () => {
    const lines = call('Omar Haddad, our co-founder, wrote the first version.');
    expect(lines).toContain('Omar Haddad -FOUNDED-> Corvane Systems');
    expect(lines).not.toContain('Omar Haddad -CEO_OF-> Corvane Systems');
  });
});
