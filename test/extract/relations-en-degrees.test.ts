// Tests for degrees and residencies a speaker names (relations.json en-i-degree-at, en-i-studied): "… and a master's
// at the University of Bordeaux", "I did my residency at the Royal Veterinary College".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (said: string) => `Hannah Whitcombe: Tell us more.\n\nCharlotte Reis: ${said}\n\nHannah Whitcombe: Thanks.\n`;

describe('a degree or a residency the speaker names', () => {
  it.each([
    ['I joined in 2015 after four years at Moët Hennessy and a master’s at the University of Bordeaux.', 'Charlotte Reis -STUDIED_AT-> University of Bordeaux'],
    ['I have an MBA from Harvard Business School, for what it is worth.', 'Charlotte Reis -STUDIED_AT-> Harvard Business School'],
    ['I did my residency at the Royal Veterinary College in London.', 'Charlotte Reis -STUDIED_AT-> Royal Veterinary College'],
  ])('%s → %s', (said, line) => {
    expect(relationsOf(turn(said))).toContain(line);
  });

  it('a degree someone else holds is not the speaker’s', () => {
    expect(relationsOf(turn('I hired Tom, and he has a master’s from the University of Bordeaux.'))).not.toContain('Charlotte Reis -STUDIED_AT-> University of Bordeaux');
  });
});
