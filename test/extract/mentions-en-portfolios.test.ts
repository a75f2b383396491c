// Tests for a department named after two portfolios (extract/stages/mentions/latin.ts): "Department of Health and
// Social Care" is one body, not "Department of Health" and an organization "Social Care".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe('a ministry or department of two portfolios is one name', () => {
  it.each([
    ['The Department of Fisheries and Social Care gave us £38 million.', 'Department of Fisheries and Social Care'],
    ['The Ministry of Culture and Tourism opened the museum.', 'Ministry of Culture and Tourism'],
    ['We met the Ministry of Trade and Industry in Singapore.', 'Ministry of Trade and Industry'],
    ['The Department for Housing and Urban Development approved it.', 'Department for Housing and Urban Development'],
  ])('%s → %s', (text, name) => {
    expect(labels(text)).toContain(name);
  });

  it.each([
    ['The Department of Fisheries and Corvane Labs signed a deal.', 'Corvane Labs'],
    ['The Department of Fisheries and Boeing signed a deal.', 'Boeing'],
    ['The Department of Fisheries and Tesla signed a deal.', 'Tesla'],
  ])('a company after "and" stays a name of its own: %s', (text, name) => {
    const found = labels(text);
    expect(found).toContain(name);
    expect(found.some((l) => l.includes('Fisheries and'))).toBe(false);
  });
});
