// Tests for a time adverb opening a sentence before a name: "Later Brandt left", "Earlier Hansi Brandt was at
// Bayern" name Brandt, not a person "Later Brandt" (cues.json enStopwords).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`**Host:** Go on.\n\n**Lena Hoffmann:** ${text}\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('a time adverb before a name', () => {
  it.each(['Later', 'Earlier', 'Afterwards', 'Soon'])('"%s Hansi Brandt quit" → Hansi Brandt', (word) => {
    const found = labels(`I worked under Hansi Brandt. ${word} Hansi Brandt quit the club.`);
    expect(found).toContain('person Hansi Brandt');
    expect(found.filter((l) => l.includes(word))).toEqual([]);
  });
});
