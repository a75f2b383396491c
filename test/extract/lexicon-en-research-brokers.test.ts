// Tests for the sell-side brokers and advisers an earnings call's analysts come from (organizations.json): several are
// named after their founders ("Piper Sandler", "William Blair"), so without the lexicon they read as people.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const CALL = (participant: string) => `## Conference Call Participants

- ${participant}

## Question-and-Answer Session

**Operator:** Our first question is on the line. Please go ahead.

**Analyst:** Thanks. How is the order book?
`;

describe('brokers and advisers the lexicon knows', () => {
  it.each([
    ['Dora Lindqvist — Piper Sandler', 'Piper Sandler'],
    ['Ahmed Farouk — William Blair', 'William Blair'],
    ['Ruth Calloway — Wolfe Research', 'Wolfe Research'],
    ['Ivo Marten — Houlihan Lokey', 'Houlihan Lokey'],
  ])('"%s": the firm is an organization the analyst works at', (participant, firm) => {
    const doc = extractText(CALL(participant));
    expect(doc.entities.find((e) => e.label === firm)?.type).toBe('organization');
    expect(relationLines(doc)).toContain(`${participant.split(' — ')[0]} -WORKS_AT-> ${firm}`);
  });

  it.each([
    ['We hired Lazard to run the sale.', 'Lazard'],
    ['KeyBanc downgraded us in March.', 'KeyBanc Capital Markets'],
    ['Canaccord hosted the conference.', 'Canaccord Genuity'],
  ])('%s → %s', (text, label) => {
    expect(extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type).toBe('organization');
  });
});
