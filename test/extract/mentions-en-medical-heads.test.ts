// orgHeads Medical and Imaging: "Kheiron Medical", "Lumen Imaging" are companies, not people.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Host:** Who?\n\n**Sam Osei:** ${text}\n`).entities.find((e) => e.label === label)?.type;

describe('mentions: a company ending in Medical or Imaging', () => {
  it.each([
    ['We signed a contract with Kheiron Medical for breast screening.', 'Kheiron Medical'],
    ['The scanner software comes from Lumen Imaging.', 'Lumen Imaging'],
  ])('%s → %s is an organization', (text, label) => {
    expect(typeOf(text, label)).toBe('organization');
  });
});
