// Tests for speakers' names in English turns (extract/stages/mentions/speakernames.ts): a speaker's first name is that
// speaker where the host addresses them, unless it is also an everyday word of the document.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'speakers');
const mentionsOf = (text: string, label: string) => extract(text).entities.find((e) => e.label === label)?.mentions.length ?? 0;

describe("a speaker's first name in the turns is that speaker", () => {
  it('"Yuki, let\'s start with you." names the speaker Yuki Tanaka', () => {
    const text =
      'Ben Ross: Welcome to the show.\n\nYuki Tanaka: Thanks, Ben.\n\nBen Ross: Yuki, let us start with you. Why humanoids?\n\n' +
      'Yuki Tanaka: Because models work.\n\nBen Ross: Great. Yuki, one more?\n\nYuki Tanaka: Sure.';
    expect(mentionsOf(text, 'Yuki Tanaka')).toBe(2);
  });

  it('a first name the document also writes in lower case is no mention ("Will" and "we will")', () => {
    const text = 'Ann Lee: Welcome.\n\nWill Harper: Thanks.\n\nAnn Lee: Will it work? We will see.\n\nWill Harper: It will.';
    expect(mentionsOf(text, 'Will Harper')).toBe(0);
  });
});
