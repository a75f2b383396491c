// Tests for a centre named for the field it works in (extract/stages/mentions/latin.ts): "National Cyber Security
// Centre" is an agency, not a place; a venue called a centre ("Barbican Centre", "Glasgow Science Centre") is a place.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('a centre named for its field', () => {
  it.each([
    ['During the outage we worked closely with the Northland Cyber Security Centre.', 'Northland Cyber Security Centre'],
    ['The warning came from the Coastal Hurricane Center that night.', 'Coastal Hurricane Center'],
    ['We share samples with the Aldine Cancer Centre every month.', 'Aldine Cancer Centre'],
    ["I've been an ICU nurse at St. Brendan's Medical Center for 22 years.", "St. Brendan's Medical Center"],
    ['She was flown to the Harwell Trauma Center that night.', 'Harwell Trauma Center'],
  ])('%s → %s is an organization', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it.each([
    ['The launch party was at the Barbican Centre in the evening.', 'Barbican Centre'],
    ['We took the kids to the Glasgow Science Centre on Sunday.', 'Glasgow Science Centre'],
  ])('%s → %s stays a place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});
