// Tests for founders told with a pronoun, a passive "we" or "which is the company X founded" (extract/data/
// relations.json en-person-before-founding, en-we-were-founded-by, en-org-that-person-founded).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const call = (text: string) => relationsOf(`Host: Welcome, Ines Roy, managing director of Corvane Wines.\n\nInes Roy: Thanks. ${text}\n\nHost: Go on.\n`);

describe('founders', () => {
  it('"A spent years at X before he founded Y"', () => {
    expect(relationsOf('Our guest, Omar Haddad, spent years at Halden Bank before he founded Tessel Capital in Oslo.')).toContain('Omar Haddad -FOUNDED-> Tessel Capital');
  });

  it('"Y, which is the company X founded"', () => {
    expect(relationsOf('My first job was with Kestrel Mining, which is the company Ruth Ames founded.')).toContain('Ruth Ames -FOUNDED-> Kestrel Mining');
  });

  it('"We were founded in 1979 by X": the speaker\'s organisation', () => {
    expect(call('We were founded in 1979 by Paul Arnaud, who merged three village cellars.')).toContain('Paul Arnaud -FOUNDED-> Corvane Wines');
  });
});
