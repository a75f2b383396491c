// Tests for an owner in a relative clause (relations.json en-owns: "Mars, which also owns Banfield and VCA") and a
// firm the speaker founded, told in an appositive (en-org-i-founded: "Haxx, the consultancy I co-founded").
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (said: string) => `Jess Alvarado: Tell us more.\n\nDaniel Stenberg: ${said}\n\nJess Alvarado: Thanks.\n`;

describe('owners and founders told in a clause', () => {
  it('"owned by Mars, which also owns Banfield and VCA" → Mars owns each', () => {
    const lines = relationsOf(turn('BluePearl is owned by Mars, which also owns Banfield and VCA, so we see numbers.'));
    expect(lines).toContain('Mars -OWNS-> Banfield');
    expect(lines).toContain('Mars -OWNS-> VCA');
  });

  it('"Haxx, the consultancy I co-founded in Stockholm" → the speaker founded Haxx', () => {
    expect(relationsOf(turn('I did it while I worked at Haxx, the consultancy I co-founded in Stockholm.'))).toContain('Daniel Stenberg -FOUNDED-> Haxx');
  });

  it('a firm someone else founded is not the speaker’s', () => {
    expect(relationsOf(turn('I worked at Haxx, the consultancy she co-founded in Stockholm.'))).not.toContain('Daniel Stenberg -FOUNDED-> Haxx');
  });
});
