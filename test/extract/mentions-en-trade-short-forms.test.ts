// Tests for a firm's short form after a trade word (extract/data/cues.json companySuffixes): once a document names
// "Prairie Link Communications" or "Kestrel Minerals", a bare "Prairie Link" or "Kestrel" is that firm, no person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('short forms of firms named by their trade', () => {
  it.each([
    ['Prairie Link Communications runs fiber. Prairie Link was spun out in 2019.', 'Prairie Link Communications', 'Prairie Link'],
    ['We bought Kestrel Minerals in May. Kestrel is profitable now.', 'Kestrel Minerals', 'Kestrel'],
    ['Trellis Health signed. Later Trellis hired forty nurses.', 'Trellis Health', 'Trellis'],
  ])('%s', (text, full, short) => {
    const entities = extractText(text).entities;
    const firm = entities.find((e) => e.label === full);
    expect(firm?.type).toBe('organization');
    expect(firm?.mentions.length).toBe(2);
    expect(entities.some((e) => e.label === short)).toBe(false);
  });
});
