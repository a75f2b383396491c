// Tests for a verb that opens a sentence as a request ("Read Saul Griffith's book", "Ask Bruno Diaz", "Follow Ana
// Ruiz on Bluesky"): the verb is no part of the person's name after it.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const people = (text: string) =>
  extractText(`**Ravi Menon:** So who should we read?\n\n**Clare Dunne:** ${text}\n`).entities.filter((e) => e.type === 'person').map((e) => e.label);

describe('an imperative verb opening a sentence before a name', () => {
  it.each([
    ["Read Saul Griffith's book on it, honestly.", 'Saul Griffith'],
    ['Follow Ana Ruiz on Bluesky for the data.', 'Ana Ruiz'],
    ['Ask Bruno Diaz, he ran the numbers.', 'Bruno Diaz'],
    ['Meet Joan Park at the booth tomorrow.', 'Joan Park'],
  ])('%s → %s', (text, name) => {
    const found = people(text);
    expect(found).toContain(name);
    expect(found.filter((n) => n.endsWith(name) && n !== name)).toEqual([]);
  });

  it('a first name that is also a verb stays the name ("Grant Ellis told me")', () => {
    expect(people('Grant Ellis told me the same thing.')).toContain('Grant Ellis');
  });
});
