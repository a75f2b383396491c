// A header's name of a gathering ending in Meeting, Conversation, Hearing, Debate, Ceremony or Lecture is an event (cues
// eventHeads), not an organization: "Town Hall Meeting: the Riverside Plan", "Class Day Conversation".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (header: string, label: string) =>
  extractText(`${header}\nRecorded on 3 May 2026\n\n**Host:** Welcome, everyone.\n\n**Guest:** Thank you.\n`).entities.find((e) => e.label === label)?.type;

describe('mentions: gatherings named in a header', () => {
  it.each([
    ['Town Hall Meeting: the Riverside Bus Plan', 'Town Hall Meeting'],
    ['Class Day Conversation: Ada Moss and Tom Reyes', 'Class Day Conversation'],
    ['Annual General Meeting of the Harbour Rowing Club', 'Annual General Meeting'],
    ['Budget Oversight Hearing, Day Two', 'Budget Oversight Hearing'],
  ])('%s → %s is an event', (header, label) => {
    expect(typeOf(header, label)).toBe('event');
  });
});
