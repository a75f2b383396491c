// Tests for a company's possessive before a name its head word makes an organisation: "Amazon's Alexa Fund" is no
// product Amazon developed, while "OpenAI's Orbitron" (a bare name) still is.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (text: string) => relationsOf(`**Host:** Who invested?\n\n**Samuel Ito:** ${text}\n`);

describe('possessive before an organisation head', () => {
  it.each([
    ["Amazon's Alexa Fund led the round.", 'Alexa Fund'],
    ["Google's Tidewell Labs helped us with the data.", 'Tidewell Labs'],
  ])('%s → no DEVELOPED %s', (text, name) => {
    expect(turn(text).filter((l) => l.includes('DEVELOPED') && l.includes(name))).toEqual([]);
  });

  it('"OpenAI\'s Orbitron is good" → OpenAI developed Orbitron', () => {
    expect(turn("OpenAI's Orbitron is good.")).toContain('OpenAI -DEVELOPED-> Orbitron');
  });
});
