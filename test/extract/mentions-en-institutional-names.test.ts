// Two capitalised words with no cue are read as a person's name unless a word says otherwise; an adjective that opens
// institutions' names (National, Federal, Royal, Global …) is never a first name: "National Grid" is no person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Host:** ${text}\n\n**Guest:** Sure.\n`, 'inst').entities.find((e) => e.label === label)?.type;

describe('names opened by an institutional adjective', () => {
  it.each([
    ['I lead innovation at National Grid in the UK.', 'National Grid'],
    ['She moved from Royal Mail to the start-up.', 'Royal Mail'],
    ['Global Witness published the report.', 'Global Witness'],
  ])('%s → %s is no person', (text, label) => {
    expect(typeOf(text, label)).toBe('organization');
  });

  it('a title before a surname still names a person ("General Patton")', () => {
    expect(typeOf('We met General Patton fans.', 'General Patton')).toBe('person');
  });
});
