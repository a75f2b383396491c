// Tests for "and" before a name whose head opens it (extract/stages/mentions/latin.ts HEAD_OF_NAME_AFTER): "Rabobank
// and Bank of America" are two banks, not one organization called so.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe('a name, "and", then a head word with "of" and a name', () => {
  it.each([
    ['Guest: The loan was led by Rabobank and Bank of America last year.', 'Rabobank and Bank of America'],
    ['Guest: We hired people from Kestrel Tools and University of Leeds.', 'Kestrel Tools and University'],
  ])('%s', (text, joined) => {
    expect(labels(text)).not.toContain(joined);
  });

  it('keeps a name whose head closes it after "and": "CHIPS and Science Act"', () => {
    expect(labels('Guest: The CHIPS and Science Act paid for it.')).toContain('CHIPS and Science Act');
  });
});
