// Tests for an event's title "A in Conversation with B" (segment.json introductions): A is the guest the event is
// about, B the one who asks, the host; "A Conversation with B" still names the guest B.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const roles = (title: string) =>
  extractText(
    [
      title,
      '',
      'SELMA OKONJO: Good evening, everyone, and welcome. Tell us how the company started.',
      '',
      'DARIUS HALE: I started it in my garage in Leeds with two friends.',
      '',
      'SELMA OKONJO: And then?',
      '',
      'DARIUS HALE: Then we grew.',
    ].join('\n'),
    'event',
  ).speakers.map((s) => [s.label, s.role]).sort();

describe('speakers: "A in Conversation with B"', () => {
  it('A is the guest and B the host, whatever the order of their turns', () => {
    expect(roles('Founders Evening: Darius Hale in Conversation with Selma Okonjo')).toEqual([
      ['Darius Hale', 'guest'],
      ['Selma Okonjo', 'host'],
    ]);
    expect(roles('Darius Hale in conversation with President Selma Okonjo')).toEqual([
      ['Darius Hale', 'guest'],
      ['Selma Okonjo', 'host'],
    ]);
  });

  it('"A Conversation with B" names the guest B', () => {
    expect(roles('A Conversation with Selma Okonjo')).toEqual([
      ['Darius Hale', 'host'],
      ['Selma Okonjo', 'guest'],
    ]);
  });
});
