// Tests for a town named before its state, region or country (latin.ts REGION_AFTER): "Tacoma, Washington" and "Visp,
// Switzerland" are places, not organizations; a known company before a state stays a company.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`${text}\n\nHost: Hi.\n\nGuest: Hello.\n\nHost: Thanks.`).entities.find((e) => e.label === label)?.type;

describe('a town before its state or country', () => {
  it.each([
    ['Franklin Middle School gymnasium, Tacoma, Washington — October 14, 2026', 'Tacoma'],
    ['Recorded at the Lonza plant, Visp, Switzerland', 'Visp'],
    ['Dow Chemical headquarters, Midland, Michigan', 'Midland'],
  ])('%s → place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it('a known company before a state stays a company', () => {
    expect(typeOf('Panel hosted by Microsoft, Washington', 'Microsoft')).toBe('organization');
  });
});
