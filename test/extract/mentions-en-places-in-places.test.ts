// Tests for places named inside a known place (extract/stages/mentions/latin.ts placesBeforePlaces): "from Andøya in
// Norway" is a launch site in Norway, not a company that released the rocket launched from it.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('a name reached from, in or near, then "in" a known place, is a place', () => {
  it.each([
    ['Orbex Aerospace launched Halcyon from Skarvøya in Norway last spring.', 'Skarvøya'],
    ['We test our engines near Brackwater in Scotland.', 'Brackwater'],
    ['The plant in Veldhoven in Netherlands opened in May.', 'Veldhoven'],
  ])('%s → %s', (text, name) => {
    expect(extractText(text).entities.find((e) => e.label === name)?.type).toBe('place');
  });

  it('the place launched from releases nothing', () => {
    const lines = relationLines(extractText('Orbex Aerospace launched Halcyon from Skarvøya in Norway last spring.'));
    expect(lines.filter((l) => l.startsWith('Skarvøya'))).toEqual([]);
  });

  it('a company met in a country stays a company', () => {
    const doc = extractText('We partnered with Tellvik in Norway on the ground stations.');
    expect(doc.entities.find((e) => e.label === 'Tellvik')?.type).not.toBe('place');
  });
});
