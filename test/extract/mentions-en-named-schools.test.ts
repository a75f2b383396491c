// Tests for a school, college or academy of a field named after someone (latin.ts typeCandidate, isFacultyBody): "Ross
// School of Business" is an institution, not a person whose first name is Ross.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`Host: Hi.\n\nGuest: ${text}\n\nHost: Thanks.`).entities.find((e) => e.label === label)?.type;

describe('schools named after someone', () => {
  it.each([
    ["Hello, I'm in the Ross School of Business.", 'Ross School of Business'],
    ['She teaches at the Jacobs School of Medicine in Buffalo.', 'Jacobs School of Medicine'],
    ['He trained at the Lee Strasberg College of Drama.', 'Lee Strasberg College of Drama'],
  ])('%s → organization', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('a person named beside a school stays a person', () => {
    expect(typeOf('I studied with Ross Geller at the school.', 'Ross Geller')).toBe('person');
  });
});
