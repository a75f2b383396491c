// Tests for a person studying somewhere now (extract/data/relations.json en-person-studied, en-he-studied), a stake
// the speaker's firm sold (en-we-sold-stake-to) and a supplier named after "which was" (en-our-supplier).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (answer: string) => `Tessa Lowry: Welcome. Bruno Adebayo is the founder of Ironweed Brewing.\n\nBruno Adebayo: ${answer}\n\nTessa Lowry: Thanks.`;

describe('studying, a stake sold, a supplier', () => {
  it.each([
    ['My grandson Nils Olsen is studying at Oregon State University, in the fisheries program.', 'Nils Olsen -STUDIED_AT-> Oregon State University'],
    ["My grandson Nils Olsen runs a tender. He's studying at Oregon State University now.", 'Nils Olsen -STUDIED_AT-> Oregon State University'],
    ['We also sold a minority stake to a local investor, Appalachian Growth Partners, last year.', 'Appalachian Growth Partners -INVESTED_IN-> Ironweed Brewing'],
    ['In 2022 our CO2 supplier, which was Airgas, put us on allocation.', 'Airgas -SUPPLIES-> Ironweed Brewing'],
  ])('%s', (answer, line) => {
    expect(relationsOf(talk(answer))).toContain(line);
  });

  it('a stake bought is no stake sold: "we bought a stake in Kelvar Foods" gives Kelvar Foods nothing', () => {
    expect(relationsOf(talk('We bought a stake in Kelvar Foods.')).filter((l) => l.startsWith('Kelvar Foods -INVESTED_IN->'))).toEqual([]);
  });
});
