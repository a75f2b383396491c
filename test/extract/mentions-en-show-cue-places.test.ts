// Tests for a show's cue before a place (extract/stages/mentions/latin.ts, cues.json en-show-title): "welcome back to
// Cambridge" welcomes someone to a city, not to a show called Cambridge; "welcome back to Gradient Descent" is a show.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Host:** ${text}\n\n**Guest:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('"welcome back to X"', () => {
  it.each([
    ['Dame Felicity, welcome back to Cambridge. You were a scholar here.', 'Cambridge', 'place'],
    ['Welcome back to Chicago, Mayor.', 'Chicago', 'place'],
    ["Welcome back to Gradient Descent, I'm your host.", 'Gradient Descent', 'work'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
