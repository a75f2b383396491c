// Tests for a job title with its field before the employer (extract/data/relations.json en-i-am-staff-at,
// en-person-staff-at): "I'm the director of fleet safety at X", "a curator of Asian textiles at X", and trades the
// title list lacked (a veterinarian, a conservator, an underwriter at X).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const inTurn = (text: string) => relationsOf(`Host: Welcome.\n\nGuest: ${text}\n\nHost: Thanks.`);

describe('titles with a field, and trades, before the employer', () => {
  it.each([
    ["I'm the director of fleet safety at Corvane Logistics.", 'Guest (guest) -WORKS_AT-> Corvane Logistics'],
    ["I'm vice president of claims at Harborline Insurance.", 'Guest (guest) -WORKS_AT-> Harborline Insurance'],
    ['Dr. Lena Okafor is the curator of Asian textiles at the Carrow Museum.', 'Lena Okafor -WORKS_AT-> Carrow Museum'],
    ['My guest is Dr. Tomas Reyes, a bovine veterinarian at Cornell University.', 'Tomas Reyes -WORKS_AT-> Cornell University'],
    ['Mira Sato, a senior underwriter at Halden Re, disagrees.', 'Mira Sato -WORKS_AT-> Halden Re'],
  ])('%s', (text, line) => {
    expect(inTurn(text)).toContain(line);
  });

  it('reads no job where the field runs into a sentence ("the director of, well, everything at X")', () => {
    expect(inTurn("I'm the director of, well, everything at Corvane Logistics, it feels like.").filter((l) => l.includes('WORKS_AT'))).toEqual([]);
  });
});
