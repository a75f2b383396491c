// Tests for names with a stop word inside (extract/stages/mentions/latin.ts, cues orgHeads): "Universal Music Group"
// and "Sony Music Entertainment" are one organization each, though "Music" alone names nothing ("[Music]").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities;

describe('a stop word inside a name that ends in an organization head', () => {
  it.each([
    ['Nadia Brennan runs a label owned by Halvorsen Music Group in Oslo.', 'Halvorsen Music Group'],
    ['Rob Stringer now runs Corvid Music Entertainment in New York.', 'Corvid Music Entertainment'],
    ['The deal with Brightwater Entertainment closed in May.', 'Brightwater Entertainment'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('organization');
  });

  it('a stop word after a name and no head keeps out of it', () => {
    const labels = entities('We pitched Halvorsen Music on Friday. [Music] Then we left.').map((e) => e.label);
    expect(labels).not.toContain('Halvorsen Music');
    expect(labels).not.toContain('Music');
  });
});
