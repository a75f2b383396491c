// Tests for a speaker's past jobs in English (extract/data/relations.json, en-i-was-at and en-i-after-years-at):
// "after eight years at Y", "I spent a decade at Y", "I worked at the Department of Energy" are jobs the speaker left.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turns = (guest: string) => `**HOST:** Tell us how you got here.\n\n**MARA OSTEN:** ${guest}\n\n**HOST:** Thanks.`;

describe("the speaker's past jobs", () => {
  it.each([
    ['I joined Norvale in 2019, after eight years at Brightmere, where I ran the cell program.', 'Brightmere'],
    ['I came to Norvale after nearly a decade with Brightmere.', 'Brightmere'],
    ['I also spent a decade at Kestrow Power before I moved to Oslo.', 'Kestrow Power'],
    ['Before that, I worked at the Department of Energy for six years.', 'Department of Energy'],
  ])('%s', (text, org) => {
    const found = relationsOf(turns(text));
    expect(found).toContain(`Mara Osten -WORKED_AT-> ${org}`);
    expect(found).not.toContain(`Mara Osten -WORKS_AT-> ${org}`);
  });

  it('keeps the job the speaker joined as the present one', () => {
    const found = relationsOf(turns('I joined Norvale in 2019, after eight years at Brightmere.'));
    expect(found).toContain('Mara Osten -WORKS_AT-> Norvale');
    expect(found).not.toContain('Mara Osten -WORKED_AT-> Norvale');
  });

  it('reads no job from years spent somewhere without "at"', () => {
    expect(relationsOf(turns('I moved to Oslo after eight years in Brightmere country.')).filter((r) => r.includes('WORKED_AT'))).toEqual([]);
  });
});
