// Tests for a possessive title said of a person with "is" or "was" (extract/data/relations.json en-person-org-title):
// "Bryan is Ford's vice president of labor affairs" ties Bryan to Ford, as the appositive "X, Ford's …" does.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const inTurn = (text: string) => relationsOf(`Host: Welcome.\n\nGuest: ${text}\n\nHost: Thanks.`);

describe("\"X is Org's title\"", () => {
  it.each([
    ["Yes, Dana Okafor is Corvane Logistics's vice president of labor affairs.", 'Dana Okafor -WORKS_AT-> Corvane Logistics'],
    ["Back then Ruth Ames was Harborline Insurance's chief actuary.", 'Ruth Ames -WORKS_AT-> Harborline Insurance'],
    ["Ines Roy, Halden Bank's head of research, agreed.", 'Ines Roy -WORKS_AT-> Halden Bank'],
  ])('%s', (text, line) => {
    expect(inTurn(text)).toContain(line);
  });

  it('gives the title to the name after it: "Mr Ames, Halden Bank\'s chief executive, Ines Roy, wants…"', () => {
    const lines = inTurn("Mr Ames, Halden Bank's chief executive, Ines Roy, has asked you to resign. Why stay?");
    expect(lines).not.toContain('Ames -WORKS_AT-> Halden Bank');
    expect(lines.filter((l) => l.startsWith('Ines Roy -') && l.endsWith('-> Halden Bank'))).not.toEqual([]);
  });

  it('reads no job in "X is Org\'s biggest customer"', () => {
    expect(inTurn("Dana Okafor is Corvane Logistics's biggest customer.").filter((l) => l.includes('WORKS_AT'))).toEqual([]);
  });
});
