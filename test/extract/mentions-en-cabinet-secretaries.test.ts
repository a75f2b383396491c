// Tests for a US cabinet secretary's title that names the department without saying "Department": "Commerce
// Secretary Howard Lutnick", "Secretary of Commerce Gina Raimondo" name the Department of Commerce and its head.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = (text: string) => extractText(`**Host:** ${text}\n\n**Guest:** Thanks.\n`);

describe('a portfolio before or after "Secretary" is the department', () => {
  it.each([
    ['Commerce Secretary Howard Lutnick backed the review last week.', 'Department of Commerce', 'Howard Lutnick'],
    ['Secretary of Commerce Gina Raimondo signed the rule.', 'Department of Commerce', 'Gina Raimondo'],
    ['Transportation Secretary Sean Duffy tried to kill the toll.', 'Department of Transportation', 'Sean Duffy'],
    ['Treasury Secretary Scott Bessent spoke after the vote.', 'Treasury Department', 'Scott Bessent'],
    ['Later, Secretary of the Interior Deb Haaland toured the site.', 'Department of the Interior', 'Deb Haaland'],
  ])('%s', (text, body, person) => {
    const d = doc(text);
    expect(d.entities.find((e) => e.label === body)?.type).toBe('government');
    expect(d.entities.find((e) => e.label === person)?.type).toBe('person');
    expect(relationLines(d)).toContain(`${person} -LEADS-> ${body}`);
  });

  it('a portfolio word with no "Secretary" beside it is no department ("Commerce is slow", "the Treasury yields")', () => {
    const d = doc('Commerce is slow this year, and Treasury yields rose again.');
    expect(d.entities.filter((e) => e.type === 'government')).toEqual([]);
  });

  it('a British title keeps its own words: "Education Secretary Bridget Phillipson" names no US department', () => {
    const d = doc('Education Secretary Bridget Phillipson opened the school.');
    expect(d.entities.filter((e) => e.label.startsWith('Department of'))).toEqual([]);
  });
});
