// Tests for the English place cue before an unknown name (extract/data/cues.json, en-place-preposition): where a
// company makes things ("production in Hawthorne", "manufacturing in Brenmoor") is a place, not an organization.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('a place after a word of making and "in"', () => {
  it.each([
    ['I ended up running engine production in Hawthorne for three years.', 'Hawthorne'],
    ['Most of our manufacturing in Brenmoor moved last year.', 'Brenmoor'],
    ['Final assembly in Kelvale takes about a week per unit.', 'Kelvale'],
  ])('%s → %s is a place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('leaves a company one invests in alone: "we invested in Stripe"', () => {
    expect(typeOf('Last year we invested in Stripe and a few others.', 'Stripe')).toBe('organization');
  });
});
