// Tests for en-company-participant-title / -ceo on a Markdown list ("- Dr. Samira Haddad — Chief Medical Officer"):
// the list's dash and a title before the name leave the entry a company participant's.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const CALL = `# Corvel Therapeutics Q3 2026 Earnings Call

## Corporate Participants

- Helen Marsh — Chief Executive Officer
- Dr. Samira Haddad — Chief Medical Officer
- Paul Brenner — Head of Investor Relations

## Conference Call Participants

- Tomás Reyes — Morgan Stanley

## Presentation

**Paul Brenner:** Good morning and welcome to the Corvel Therapeutics third quarter 2026 earnings call.

**Helen Marsh:** Thanks, Paul. Enrolment is ahead of plan.

**Tomás Reyes:** Thanks. When is the readout?

**Dr. Samira Haddad:** In the spring.
`;

describe('a call\'s participants as a Markdown list', () => {
  it('each executive works at the company, the chief executive is its CEO, the analyst is not theirs', () => {
    const found = relationLines(extractText(CALL, 'call'));
    for (const r of ['Helen Marsh -CEO_OF-> Corvel Therapeutics', 'Samira Haddad -WORKS_AT-> Corvel Therapeutics', 'Paul Brenner -WORKS_AT-> Corvel Therapeutics']) expect(found, found.join('\n')).toContain(r);
    expect(found.filter((r) => r.startsWith('Tomás Reyes -') && r.includes('Corvel'))).toEqual([]);
  });
});
