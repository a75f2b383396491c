// Tests for a name ending in a word for software one runs (extract/stages/mentions/latin.ts): "Federated Data
// Platform" is a product, not a person with the surname Platform.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('a name ending in Platform or Toolkit', () => {
  it.each([
    ['We also run the Federated Data Platform across all our hospitals.', 'Federated Data Platform'],
    ['Every analyst uses Harbor Toolkit for the weekly reports.', 'Harbor Toolkit'],
    ['Our engineers built the Tessel Platform in under a year.', 'Tessel Platform'],
  ])('%s → %s is a product', (text, name) => {
    expect(typeOf(text, name)).toBe('product');
  });
});
