// Tests for a supplier told in the passive after "our" (extract/data/relations.json en-our-supplied-by): "Our flight
// plan system, which was supplied by Frequentis" → the supplier supplies the speaker's organisation.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (answer: string) => relationsOf(`Host: Welcome, Ruth Ames, chief executive of Halden Air Navigation.\n\nRuth Ames: Thanks. ${answer}\n\nHost: Go on.\n\nRuth Ames: That is all.`);

describe('"our X, which was supplied by Y"', () => {
  it.each([
    ['Our flight plan processing system, which was supplied by Corvane Systems, went into a safety mode.', 'Corvane Systems -SUPPLIES-> Halden Air Navigation'],
    ['Our radar screens are made by Tessel Systems in Vienna.', 'Tessel Systems -SUPPLIES-> Halden Air Navigation'],
  ])('%s', (answer, line) => {
    expect(talk(answer)).toContain(line);
  });

  it('no supplier when what is ours was made by no organisation ("our plan was made by the team")', () => {
    expect(talk('Our plan was made by the team in a week.').filter((l) => l.includes('SUPPLIES'))).toEqual([]);
  });
});
