// A licence named after its author ("MIT License", "Apache License") is one written work: not the university MIT
// and a product "License" (the brand-and-product reading of "CrowdStrike Falcon" must not take it).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text, 'licences').entities.map((e) => `${e.type}:${e.label}`);

describe('mentions: licences', () => {
  it.each([
    ['DeepSeek-R1以MIT License开源，任何人都可以商用。', 'work:MIT License'],
    ['Host: Which licence?\n\nGuest: We released the weights under the Apache License last year.', 'work:Apache License'],
  ])('%s', (text, expected) => {
    const got = labels(text);
    expect(got).toContain(expected);
    expect(got.filter((l) => l.endsWith(':License') || l.includes('Massachusetts'))).toEqual([]);
  });
});
