// Tests for a word right after a timestamp opening a line (extract/stages/mentions/latin.ts isSentenceInitial): a
// podcast's chapter list ("22:15 Ad break", "41:05 Lightning round") starts each line afresh, as a sentence does, so
// its capitalised first words are no organizations.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const CHAPTERS = `# The Margin Call, Episode 212

**Chapters**
00:00 Cold open
08:40 The Blue Owl deal
22:15 Ad break
41:05 Lightning round

**Jonah Kessler:** My guest today is Lena Ostrowski of Ridgeway Partners.

**Lena Ostrowski:** Thanks. Blue Owl bought a stake in June.

**Jonah Kessler:** Lightning round. Best book?

**Lena Ostrowski:** Galbraith on the crash.
`;

describe("a chapter list's first words", () => {
  const labels = extractText(CHAPTERS, 'chapters').entities.map((e) => e.label);

  it.each(['Ad', 'Lightning', 'Cold'])('"%s" after a timestamp is no name', (word) => {
    expect(labels).not.toContain(word);
  });

  it('a name the line holds is still found', () => {
    expect(labels).toContain('Blue Owl');
  });
});
