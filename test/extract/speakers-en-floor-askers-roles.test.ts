// Tests for the roles of a two-person conversation that takes questions from the floor: an asker who names themselves
// ("AUDIENCE MEMBER: Hi, I'm Jun Park, …") speaks as that person but is neither host nor guest, and the interviewer of a
// known guest is still the host.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TEXT = `A Conversation with Dame Felicity Oyelowo

MARCUS HALE: Dame Felicity, welcome back. Where did it start?

FELICITY OYELOWO: In a laboratory in Lagos, a long time ago.

MARCUS HALE: Let's take a question from the audience.

AUDIENCE MEMBER: Hi, I'm Jun Park, I study at the Kennedy School. What should we read?

FELICITY OYELOWO: Everything you can.
`;

describe('speakers: a conversation with askers from the floor', () => {
  it('keeps the interviewer the host and gives the asker no role', () => {
    const roles = extractText(TEXT, 'commencement').speakers.map((s) => [s.label, s.role]).sort();
    expect(roles).toEqual([
      ['Felicity Oyelowo', 'guest'],
      ['Jun Park', null],
      ['Marcus Hale', 'host'],
    ]);
  });
});
