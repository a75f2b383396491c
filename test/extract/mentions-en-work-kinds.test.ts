// Tests for a work named after its kind (cues.json prefix en-work-kind): "her album Paper Lanterns", "the novel
// Harrow Lane", "the documentary Deep Blue Line" are works, not people or companies.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, name: string) => extractText(text).entities.find((e) => e.label === name)?.type;

describe('a work named after its kind', () => {
  it.each([
    ['Lila Marsh won best new artist for her album Paper Lanterns last year.', 'Paper Lanterns'],
    ['He adapted the novel Harrow Lane for the stage.', 'Harrow Lane'],
    ['We funded the documentary Deep Blue Line in 2023.', 'Deep Blue Line'],
    ['Her debut album Glass Orchard sold well.', 'Glass Orchard'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(text, name)).toBe('work');
  });

  it('a person after the kind stays a person ("the film Christopher Nolan made")', () => {
    expect(typeOf('We loved the film Christopher Nolan made about Oppenheimer.', 'Christopher Nolan')).toBe('person');
  });

  it('a count of things is no work ("a single Nvidia GPU")', () => {
    expect(typeOf('We trained it on a single Corvane GPU in a week.', 'Corvane')).not.toBe('work');
  });
});
