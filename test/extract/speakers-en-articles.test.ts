// Tests for Q&A articles whose questions are bold paragraphs with no label: the interviewee named by the headline
// ("Lisa Su on chips, …") and the interviewer by the editor's intro ("talked with our reporter Dan Ives").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'qa.en');

const article = (headline: string, intro: string) => `# ${headline}

*${intro}*

This interview has been condensed and edited.

**How big will the market for grid batteries be?**

Bigger than people think. We are building two plants in Nevada.

**Who are your rivals?**

Mostly Chinese firms.
`;

describe('Q&A articles with bold questions', () => {
  it('names the interviewee from the headline and the interviewer from the intro', () => {
    const doc = extract(article('Priya Raman on batteries, tariffs and the grid', 'The Voltaic founder talked with our reporter Sam Okafor about the year ahead.'));
    const byRole = Object.fromEntries(doc.speakers.map((s) => [s.role, s.label]));
    expect(byRole).toEqual({ host: 'Sam Okafor', guest: 'Priya Raman' });
  });

  it.each(['Notes on batteries, tariffs and the grid', 'Why Voltaic Wins on Batteries', 'The Grid on Fire'])('leaves the speakers unnamed when the headline names no one: %s', (headline) => {
    const doc = extract(article(headline, 'A founder talked about the year ahead.'));
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['Guest (guest)', 'Host (host)']);
  });
});
