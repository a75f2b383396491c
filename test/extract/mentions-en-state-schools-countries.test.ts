// Tests for state universities, countries that are first names and "Madam" (extract/stages/mentions/latin.ts
// STATE_SCHOOL_BEFORE, FIRST_NAME_COUNTRIES): "studying at Oregon State" names a university, "stays in Jordan" a
// country, "Thank you, Madam President" nothing.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('state universities, first-name countries, Madam', () => {
  it.each([
    ['Guest: My grandson is studying at Oregon State, in the fisheries program.', 'Oregon State (organization)'],
    ['Guest: Now I have the kids from Chico State on the crew.', 'Chico State (organization)'],
    ['Guest: The law in Jordan since 1988 is clear: everything excavated stays in Jordan.', 'Jordan (place)'],
    ['Guest: We lived in Chad for three years before Leeds.', 'Chad (place)'],
  ])('%s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });

  it.each([
    ['Guest: I grew up in Washington State, near Spokane.', 'Washington State (place)'],
    ['Guest: I told Jordan about the dig, and Jordan Whitfield agreed.', 'Jordan Whitfield (person)'],
  ])('keeps %s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });

  it('"Thank you, Madam President" names no organization', () => {
    expect(entities('Guest: Thank you, Madam President, members of the Council.')).not.toContain('Madam (organization)');
  });
});
