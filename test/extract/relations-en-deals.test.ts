// Tests for deals told in passing: a company sold to a buyer ("Boeing sold Jeppesen to Thoma Bravo"), an investor in
// the speaker's round ("Kering invested in our Series A"), a backer in an appositive ("Africa50, the platform backed by
// the African Development Bank"), and joining an employer after a clause about oneself ("… before joining X").
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (text: string) => relationsOf(`**Host:** Tell us more.\n\n**Camille Durand:** I founded Loomwell Studio. ${text}\n`);

describe('deals told in passing', () => {
  it('"Boeing sold Jeppesen to Thoma Bravo in 2025"', () => {
    expect(turn('Boeing sold Jeppesen to Thoma Bravo in 2025.')).toContain('Thoma Bravo -ACQUIRED-> Jeppesen');
  });

  it('"we sold Pixel phones to Verizon" acquires nothing', () => {
    expect(turn('Back then we sold Pixel phones to Verizon.').filter((l) => l.includes('ACQUIRED'))).toEqual([]);
  });

  it('"Kering invested in our Series A"', () => {
    expect(turn('In 2022 Kering invested in our Series A.')).toContain('Kering -INVESTED_IN-> Loomwell Studio');
  });

  it('"Africa50, the infrastructure platform backed by the African Development Bank"', () => {
    expect(turn('We like Africa50, the infrastructure platform backed by the African Development Bank.')).toContain(
      'African Development Bank -INVESTED_IN-> Africa50',
    );
  });

  it('"I did my PhD at Waterloo and a postdoc at MIT before joining the University of Toronto"', () => {
    expect(turn('I did a postdoc at MIT before joining the University of Toronto in 2015.')).toContain('Camille Durand -WORKS_AT-> University of Toronto');
  });
});
