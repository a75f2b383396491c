// Tests for a show's credits after the talk (segment.json pullQuotes, the credits entry): narration of their own,
// never glued to the last answer.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TALK = `The Long Table — Episode 41

Host: Where did you learn to bake?

Ines: At my grandmother's bakery in Lyon.

Host: Ines Moreau, thank you.

Ines: Thank you.

`;

const CREDITS: Array<[string, string]> = [
  ['the show named', 'The Long Table is produced by Marta Lind and edited by Joe Park. Our theme music is by Blue Dot Sessions.'],
  ['a list of roles', 'Produced by Marta Lind, edited by Joe Park, music by Blue Dot Sessions.'],
  ['thanks', 'Special thanks to Hannah Cole and the team at the Lyon market.'],
];

describe('trailing credits', () => {
  it.each(CREDITS)('%s: narration, the last answer ends where it ended', (_, credits) => {
    const doc = extractText(TALK + credits + '\n', 'credits');
    const last = doc.turns.filter((t) => t.kind === 'turn').pop();
    expect(last?.text).toBe('Thank you.');
    expect(doc.turns.find((t) => t.text === credits)?.kind).toBe('narration');
  });

  it("a guest's own paragraph about a record producer stays theirs", () => {
    const doc = extractText(TALK.replace('Ines: Thank you.\n', 'Ines: Thank you.\n\nMy first book was produced by a tiny press in Lyon.\n'), 'own');
    expect(doc.turns.filter((t) => t.kind === 'turn').pop()?.text).toContain('My first book was produced by');
  });
});
