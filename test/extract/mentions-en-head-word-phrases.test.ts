// Tests for title-case phrases of everyday words that include an event's or a document's head word compromise does not
// list ("Conference Call Participants"): no personal name "Conference Call".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const CALL = `Company Participants

Sara Lindgren - Vice President, Investor Relations

Conference Call Participants

Ravi Menon - Barclays

Operator: Good morning.

Sara Lindgren: Thank you.

Ravi Menon: Hi.

Sara Lindgren: Bye.
`;

describe('a list title of everyday words', () => {
  it('"Conference Call Participants" names no person', () => {
    expect(extractText(CALL, 'call').entities.map((e) => e.label)).not.toContain('Conference Call');
  });

  it('the people listed under it stay people', () => {
    expect(extractText(CALL, 'call').entities.find((e) => e.label === 'Ravi Menon')?.type).toBe('person');
  });
});
