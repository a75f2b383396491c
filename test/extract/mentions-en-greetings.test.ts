// Tests for a greeting before a name (extract/stages/mentions/latin.ts): "Morning Ravi." greets Ravi, a person; no
// organization called "Morning Ravi". A greeting word inside a name ("NPR Morning Edition") stays part of it.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.type} ${e.label}`);

describe('a greeting opening a sentence, then a name', () => {
  it.each([
    ['**Host:** Morning Ravi. Did the Stripe integration ship?', 'Ravi', 'Morning Ravi'],
    ['**Host:** Evening Marta, welcome back to the show.', 'Marta', 'Evening Marta'],
    ['**Host:** Good morning Ravi. How is the new office?', 'Ravi', 'Good morning Ravi'],
    ['**Host:** Hi Dana, thanks for coming in today.', 'Dana', 'Hi Dana'],
  ])('%s → person %s', (text, name, whole) => {
    const found = entities(text);
    expect(found).toContain(`person ${name}`);
    expect(found.filter((e) => e.endsWith(whole) && whole !== name)).toEqual([]);
    expect(found).not.toContain(`organization ${name}`);
  });

  it('keeps a greeting word inside a name: "NPR Morning Edition"', () => {
    expect(entities('**Host:** I listen to NPR Morning Edition every day on the way in.').some((e) => e.endsWith('NPR Morning Edition'))).toBe(true);
  });

  it('keeps a company after a greeting an organization: "Thanks, Stripe."', () => {
    expect(entities('**Host:** Thanks, Stripe. We will be in touch.')).not.toContain('person Stripe');
  });
});
