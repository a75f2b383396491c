// Tests for the guestOrg party on an earnings call (extract/stages/relations/parties.ts resolveParty): the analysts
// who ask are no guests of the call; "the guest's organisation" is the company hosting it.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const CALL = `Norwell Instruments Q2 2026 Earnings Call

Operator: Good morning and welcome to the Norwell Instruments second quarter 2026 earnings call. I will now turn the call over to Dana Kirk.

Dana Kirk: Thank you. With me is our chief financial officer, Peter Haas.

Operator: Our first question comes from Jane Roe with Morgan Stanley.

Jane Roe: Hi, this is Jane Roe from Morgan Stanley. On the supply agreement with Tessera Optics, when does that start shipping?

Peter Haas: Jane, we expect the first shipments in the fourth quarter.
`;

describe("an analyst's question on a call names the company's deals, not the analyst's firm's", () => {
  it('the agreement an analyst asks about is the call company\'s', () => {
    const lines = relationsOf(CALL);
    expect(lines).toContain('Jane Roe -WORKS_AT-> Morgan Stanley');
    expect(lines).toContain('Norwell Instruments -PARTNERS_WITH-> Tessera Optics');
    expect(lines).not.toContain('Morgan Stanley -PARTNERS_WITH-> Tessera Optics');
  });

  it('the same exchange in a conversation that is no call keeps the asking guest\'s organisation', () => {
    const interview = CALL.replace('Q2 2026 Earnings Call', 'Podcast').replace('second quarter 2026 earnings call', 'podcast');
    const lines = relationsOf(interview);
    expect(lines).toContain('Morgan Stanley -PARTNERS_WITH-> Tessera Optics');
    expect(lines).not.toContain('Norwell Instruments -PARTNERS_WITH-> Tessera Optics');
  });
});

describe('a call company written with "Corp." before the words "fourth quarter … earnings call"', () => {
  it('is the call company: the period of "Corp." before a lower-case word ends no sentence', () => {
    const text = CALL.replace('Norwell Instruments Q2 2026 Earnings Call\n\n', '').replace('the Norwell Instruments second quarter', 'the Norwell Instruments Corp. second quarter');
    const lines = relationsOf(text);
    expect(lines).toContain('Norwell Instruments Corp -PARTNERS_WITH-> Tessera Optics');
    expect(lines).not.toContain('Morgan Stanley -PARTNERS_WITH-> Tessera Optics');
  });
});
