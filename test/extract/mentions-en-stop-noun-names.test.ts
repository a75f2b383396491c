// Tests for a name opened by a noun that is also a stop word (extract/stages/mentions/latin.ts): "Slide Insurance",
// "Stage Capital" are firms, as "Universal Music Group" is, though "Slide 4" and "Music" alone name nothing.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('a stop-word noun opening a name that ends in a head word', () => {
  it.each([
    ['Eleven carriers have entered the state, such as Slide Insurance, last year.', 'Slide Insurance/organization'],
    ['The seed round was led by Stage Capital in March.', 'Stage Capital/organization'],
    ['We hired two people from Level Robotics this spring.', 'Level Robotics/organization'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['On Slide 4 we show the margins.', 'Slide'],
    ['Today Tessel Labs said it would hire.', 'Today Tessel Labs'],
  ])('no name opened by a stop word otherwise: %s', (text, label) => {
    expect(entities(text).some((e) => e.startsWith(`${label}/`))).toBe(false);
  });
});
