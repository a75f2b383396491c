// Tests for a firm the speaker's company bought, said in a relative clause (extract/data/relations.json
// en-which-we-acquired), and for a subsidiary a few words describe (en-part-of; latin.ts SUBSIDIARY_PREDICATE):
// "Copperline Roasters, which we acquired in March", "Mesa Verde is a wholly owned subsidiary of Southwest Water".
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

const call = (answer: string) => `Tessa Lowry: Welcome. Bruno Adebayo is the CEO of Harrow Foods.\n\nBruno Adebayo: ${answer}\n\nTessa Lowry: Thank you.`;

describe('which we acquired', () => {
  it.each([
    ['The integration of Copperline Roasters, which we acquired in March from Stonecrest Capital, went well.', 'Harrow Foods -ACQUIRED-> Copperline Roasters'],
    ["Then there's Vantor Labs, which we've since bought outright.", 'Harrow Foods -ACQUIRED-> Vantor Labs'],
  ])('%s', (answer, line) => {
    expect(relationsOf(call(answer))).toContain(line);
  });

  it('states nothing when another firm bought it: "Kestrel, which we sold to Pembury Group"', () => {
    expect(relationsOf(call('Kestrel Freight, which we sold to Pembury Group, did fine.')).filter((l) => l.includes('ACQUIRED'))).not.toContain('Harrow Foods -ACQUIRED-> Kestrel Freight');
  });
});

describe('a subsidiary with modifiers', () => {
  it('"Mesa Verde is a wholly owned subsidiary of Southwest Water Holdings"', () => {
    const text = 'Guest: Mesa Verde is a wholly owned subsidiary of Southwest Water Holdings, which a fund manages.';
    expect(relationsOf(text)).toContain('Mesa Verde -PART_OF-> Southwest Water Holdings');
    expect(extractText(text).entities.map((e) => `${e.label} (${e.type})`)).toContain('Mesa Verde (organization)');
  });
});
