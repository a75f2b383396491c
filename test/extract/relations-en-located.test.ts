// Tests for "X … opened / is based in Y": the place is X's only while X is the subject, not after a clause of another
// subject ("a deal with Siemens, and we opened a plant in Monterrey" puts the speaker's company there).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

function locatedIn(text: string): string[] {
  const doc = extractText(`Host: Hi.\n\nGuest: ${text}\n\nHost: Thanks.\n`, 'located.en');
  const label = new Map(doc.entities.map((e) => [e.key, e.label]));
  return doc.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${label.get(r.source)} ${label.get(r.target)}`);
}

describe('LOCATED_IN across a clause', () => {
  it.each([
    'This quarter we signed a supply agreement with Siemens, and we opened a plant in Monterrey.',
    'We work with Siemens; they opened nothing, but I opened an office in Monterrey.',
  ])('is not given to a company another subject follows: %s', (text) => {
    expect(locatedIn(text)).not.toContain('Siemens Monterrey');
  });

  it.each([
    ['Siemens is based in Munich.', 'Siemens Munich'],
    ['Siemens, as you know, opened a plant in Monterrey.', 'Siemens Monterrey'],
  ])('is still given when the company is the subject: %s', (text, expected) => {
    expect(locatedIn(text)).toContain(expected);
  });
});

describe('a company building or opening a site somewhere', () => {
  it('"BYD is building a factory in Hungary", "CATL opened a second plant in Debrecen"', () => {
    const found = locatedIn('BYD is building a factory in Hungary, and CATL opened a second plant in Debrecen.');
    expect(found).toContain('BYD Hungary');
    expect(found).toContain('CATL Debrecen');
  });

  it('a company that closed a plant somewhere is not placed there by it', () => {
    expect(locatedIn('BYD closed a factory in Hungary last year.')).toEqual([]);
  });
});
