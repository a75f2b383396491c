// Tests for a past job said to the one addressed and a second past job after "and" (extract/data/relations.json
// en-person-staff-at, en-you-were-at, en-i-then-years-at): "Ayaka, you were a lead designer at Bungie" is a job
// Ayaka had (WORKED_AT), not one she has; "I spent four years at X, and two years at Y" are both past jobs.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('past jobs said to the addressee or after "and"', () => {
  const vocative = 'Jordan Whitfield: Ayaka, you were a lead designer at Kestrel Studios for nine years.\n\nAyaka Moriyama: I was. Then I was laid off.\n\nJordan Whitfield: Thanks.';

  it('"Ayaka, you were a lead designer at Y" is a past job of the addressee', () => {
    const lines = relationsOf(vocative);
    expect(lines).toContain('Ayaka Moriyama -WORKED_AT-> Kestrel Studios');
    expect(lines).not.toContain('Ayaka Moriyama -WORKS_AT-> Kestrel Studios');
  });

  it('"…, and two years at Y" after "I spent four years at X" is a second past job', () => {
    const lines = relationsOf('Ada Brook: Welcome.\n\nTobias Ferreira: I spent four years at Halvard Systems in Girona, and two years at Corvane Labs in Copenhagen.\n\nAda Brook: Thanks.');
    expect(lines).toContain('Tobias Ferreira -WORKED_AT-> Halvard Systems');
    expect(lines).toContain('Tobias Ferreira -WORKED_AT-> Corvane Labs');
  });
});
