// Tests for a past employer told with "came from" (relations.json en-i-came-from, en-he-came-from): "I came to the
// Authority from Sound Transit", "she came over from Parsons".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (said: string) => `Chair Oduya: Ms. Vogel.\n\nRenata Vogel: ${said}\n\nChair Oduya: Thank you.\n`;

describe('"came from" an employer', () => {
  it('"I came to the Authority from Sound Transit" → the speaker worked there', () => {
    expect(relationsOf(turn('I came to the Authority from Sound Transit, where I ran capital projects.'))).toContain('Renata Vogel -WORKED_AT-> Sound Transit');
  });

  it('"Ana Ruiz is new; she came over from Parsons" → Ana Ruiz worked there', () => {
    expect(relationsOf(turn('Their project director, Ana Ruiz, is new; she came over from Parsons.'))).toContain('Ana Ruiz -WORKED_AT-> Parsons');
  });

  it('coming from a place, or from a university, names no employer', () => {
    expect(relationsOf(turn('I came to the Authority from Ohio in 2019.')).filter((l) => l.includes('WORKED_AT'))).toEqual([]);
    expect(relationsOf(turn('I came from Tsinghua University, so the TOEFL was easy.')).filter((l) => l.includes('WORKED_AT'))).toEqual([]);
  });
});
