// Tests for local office titles before a name (cues.json prefix en-person-title: Councilor, Councillor, Alderman…):
// the title is no part of the person's name, so "Councilor Brian Oyelaran" is the speaker Brian Oyelaran.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('a councillor\'s title before the name', () => {
  it.each([
    ['Councilor Brian Oyelaran chairs the housing committee.', 'Brian Oyelaran'],
    ['We asked Councillor Priya Lal about it.', 'Priya Lal'],
    ['Alderwoman Jane Ortiz voted no.', 'Jane Ortiz'],
  ])('%s → %s', (text, name) => {
    const labels = extractText(`Host: ${text}\n\nGuest: Yes.\n`).entities.map((e) => `${e.type} ${e.label}`);
    expect(labels).toContain(`person ${name}`);
    expect(labels.filter((l) => /Council|Alder/.test(l))).toEqual([]);
  });

  it('the councillor named in the intro is the speaker, one person', () => {
    const doc = extractText('HOST ANA REYES: With me is Councilor Brian Oyelaran, who chairs the housing committee.\n\nCOUNCILOR OYELARAN: Thanks, Ana.\n', 'council');
    expect(doc.entities.filter((e) => e.label.includes('Oyelaran')).map((e) => e.label)).toEqual(['Brian Oyelaran']);
  });
});
