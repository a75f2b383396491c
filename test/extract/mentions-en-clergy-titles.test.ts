// Tests for titles of clergy, judges and sheriffs before a name (extract/data/cues.json en-person-title): "Imam Sharif
// Mohamed" is Sharif Mohamed, a person, as "Dr. Ruth Adeyemi" is Ruth Adeyemi.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('a title before a name is no part of it', () => {
  it.each([
    ['We have partnered with Imam Tariq Osmani of the Riverside mosque.', 'Tariq Osmani/person', 'Imam Tariq Osmani'],
    ['Rabbi Leora Stein hosted the first clinic.', 'Leora Stein/person', 'Rabbi Leora Stein'],
    ['Pastor Kwame Adjei opened the church hall to us.', 'Kwame Adjei/person', 'Pastor Kwame Adjei'],
    ['Sheriff Dale Brannigan closed the road.', 'Dale Brannigan/person', 'Sheriff Dale Brannigan'],
    ['Judge Ines Valcourt ruled against the merger.', 'Ines Valcourt/person', 'Judge Ines Valcourt'],
  ])('%s → %s', (text, expected, withTitle) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => e.startsWith(`${withTitle}/`))).toBe(false);
  });
});
