// Tests for a name said to be an organization by its predicate (extract/stages/mentions/latin.ts, cues
// enOrgAppositiveHeads): "Scattered Spider is still the most active group" names a group, not a person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, name: string) => extractText(text).entities.find((e) => e.label === name)?.type;

describe('"X is (still) a/the … group/company/startup" says X is an organization', () => {
  it.each([
    ['Scattered Heron is still the most active group.', 'Scattered Heron'],
    ['Live Lantern is the biggest ticketing company in the country.', 'Live Lantern'],
    ['Honestly, Quiet Orchard was a small startup in Leeds when we met.', 'Quiet Orchard'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it.each([
    ['Alice Moreno is a member of the group that wrote it.', 'Alice Moreno'],
    ['Tom Becker is the best fund manager I know.', 'Tom Becker'],
    ['Daniel Okafor is a founder at a startup in Lagos.', 'Daniel Okafor'],
  ])('%s → %s stays a person', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});
