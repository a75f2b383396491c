// Tests for an everyday word opening a sentence or a quoted title before a product noun (extract/stages/mentions/latin.ts):
// '"Small rockets, big bets"' names no product "Small"; "the Kestrel robot" still names one.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe('an everyday word opening a sentence is no product, whatever noun follows', () => {
  it.each([
    ['Episode 31: "Small rockets, big bets" with Javier Montoya', 'Small'],
    ['Cheap drones changed the war. We saw it first.', 'Cheap'],
    ['Better batteries are coming, and soon.', 'Better'],
  ])('%s has no %s', (text, word) => {
    expect(labels(text)).not.toContain(word);
  });

  it('an unknown name before a product noun is still a product', () => {
    const doc = extractText('Kestrel robots now ship from Ohio. We sold the Kestrel robot to three plants.');
    expect(doc.entities.find((e) => e.label === 'Kestrel')?.type).toBe('product');
  });
});
