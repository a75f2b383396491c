// Tests for a participants list written "Name — Title" over a transcript with "**Name:**" labels: the list's lines are
// one dash each, no dialogue of dash labels (units.ts acceptLabels counts dashes only), so they stay the list.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const DAY = `# Halden Biosciences 2026 R&D Day

Corporate Participants
Grace Whitmore — Chief Executive Officer
Ivan Petrakis — Chief Financial Officer

**Ivan Petrakis:** Good morning and welcome to the Halden Biosciences R&D Day. Grace will start.

**Grace Whitmore:** Thank you, Ivan. It has been a busy year for the company.

**Ivan Petrakis:** Thanks, Grace.

**Grace Whitmore:** Thank you.
`;

describe('segment: a dashed participants list over labelled turns', () => {
  it('stays a list: no turn "Chief Executive Officer", and the executives work at the company', () => {
    const doc = extractText(DAY, 'rd-day');
    expect(doc.turns.filter((t) => t.kind === 'turn').map((t) => t.text)).not.toContain('Chief Executive Officer');
    expect(relationLines(doc)).toEqual(expect.arrayContaining(['Grace Whitmore -CEO_OF-> Halden Biosciences', 'Ivan Petrakis -WORKS_AT-> Halden Biosciences']));
  });
});
