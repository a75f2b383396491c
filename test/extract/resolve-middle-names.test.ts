// Tests for full names written with a middle name (resolve.ts linkMiddleNames): the speaker "Peter Halloran" who gives
// his name as "Peter James Halloran" is one person, and "Mr Halloran" is still him.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const interview = `COUNSEL: Please give the tribunal your full name.

TOMASZ BRENNER: Tomasz Aleksander Brenner. I am the plant manager at Harwell Foods.

COUNSEL: Thank you, Mr Brenner. How long have you held that post?

TOMASZ BRENNER: Six years.
`;

describe('resolve: a speaker\'s name with a middle name', () => {
  it('joins the speaker whose first name and surname it has', () => {
    const doc = extractText(interview, 'tribunal');
    const brenners = doc.entities.filter((e) => /Brenner/.test(e.label));
    expect(brenners.map((e) => e.label)).toEqual(['Tomasz Brenner']);
    expect(brenners[0].aliases).toContain('Tomasz Aleksander Brenner');
  });

  it('does not join two people of the text who are no speakers ("John Quincy Adams", "John Adams")', () => {
    const doc = extractText('Host: John Quincy Adams was the son of John Adams.\n\nGuest: Yes, and John Adams lived in Quincy.', 'adams');
    const labels = doc.entities.filter((e) => e.type === 'person').map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['John Quincy Adams', 'John Adams']));
  });
});
