// Tests for space companies named by their last word (cues.json orgHeads "Space"): "Stoke Space", "Relativity
// Space", "Airbus Defence and Space" are organizations, not people.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, name: string) => extractText(text).entities.find((e) => e.label === name)?.type;

describe('a name ending in "Space" is an organization', () => {
  it.each([
    ['Tarn Space is building a reusable upper stage.', 'Tarn Space'],
    ['Helga Space moved to a bigger rocket last year.', 'Helga Space'],
    ['Corvane Defence and Space builds some of the satellites we carry.', 'Corvane Defence and Space'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});
