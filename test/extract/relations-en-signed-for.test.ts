// Tests for en-signed-for (extract/data/relations.json): a player who "has signed for" a club works there.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turns = (text: string) => `Chair (Alan Pettigrew): Colin, your report.\n\nDirector of Rugby (Colin Marsh): ${text}\n\nChair (Alan Pettigrew): Thanks.\n`;

describe('a player signing for a club', () => {
  it.each([
    ['Tom Beddoe has signed for Bath Rugby, our first academy contract in ten years.', 'Tom Beddoe -WORKS_AT-> Bath Rugby'],
    ['Last May Ellie Kildunne signed a two-year contract for Harrow Town FC.', 'Ellie Kildunne -WORKS_AT-> Harrow Town FC'],
  ])('%s', (text, line) => {
    expect(relationsOf(turns(text))).toContain(line);
  });

  it('signing for a parcel is no job', () => {
    expect(relationsOf(turns('Tom Beddoe signed for the parcel from Royal Mail.')).filter((r) => r.includes('WORKS_AT'))).toEqual([]);
  });
});
