// Tests for latin.ts NUMBERED_DESIGNATION Corridor, Line, Track, Junction: "Corridor 7", "Line 4", "Junction 12" name a
// numbered piece of a network, no organization "Corridor".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`Host: Hi.\n\nGuest: ${text}\n\nHost: Thanks.`).entities.map((e) => e.label);

describe('numbered routes and lines', () => {
  it.each([
    ['Who designed the bearings on Corridor 7?', 'Corridor'],
    ['Trains on Line 4 were late again.', 'Line'],
    ['The crash was at Junction 12 of the motorway.', 'Junction'],
  ])('%s names no "%s"', (text, word) => {
    expect(labels(text)).not.toContain(word);
  });
});
