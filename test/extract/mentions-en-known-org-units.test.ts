// Tests for a known company's name with a word for a division after it: "Samsung Foundry", "Siemens Energy", "Samsung
// Electronics" are the company's divisions (organizations), not the brand and a product "Foundry".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`**Host:** Who else?\n\n**Marcus Obi:** ${text}\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('a known company, a unit word', () => {
  it.each([
    ['Samsung Foundry is a credible partner.', 'organization Samsung Foundry'],
    ['We buy turbines from Siemens Energy these days.', 'organization Siemens Energy'],
    ['Samsung Electronics makes the memory.', 'organization Samsung Electronics'],
  ])('%s → %s', (text, label) => {
    const found = labels(text);
    expect(found).toContain(label);
    expect(found.filter((l) => l.startsWith('product'))).toEqual([]);
  });
});
