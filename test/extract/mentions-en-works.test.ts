// Tests for English titles of works (extract/stages/mentions/latin.ts): a quoted title followed by "by <author>" is a
// work written by that person, not an organization named after its words.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'works');

describe('a quoted title "by" a person is a work the person wrote', () => {
  it.each([
    ['Q: What do you read?\n\nA: Right now, "The Big Fix" by Hal Harvey, and a lot of papers.', 'The Big Fix', 'Hal Harvey'],
    ['Q: Any book?\n\nA: I loved “Grid Lines,” by Maren Ostby, last winter.', 'Grid Lines', 'Maren Ostby'],
  ])('%s', (text, title, author) => {
    const doc = extract(text);
    const work = doc.entities.find((e) => e.label === title);
    expect(work?.type).toBe('work');
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    expect(doc.relations.map((r) => `${label.get(r.source)} -${r.type}-> ${label.get(r.target)}`)).toContain(`${author} -AUTHORED-> ${title}`);
  });

  it('a quoted name with no "by" after it keeps its usual reading (a company in quotes)', () => {
    const doc = extract('Q: Who?\n\nA: They call it "Quorvane Systems" internally.');
    expect(doc.entities.find((e) => e.label === 'Quorvane Systems')?.type).toBe('organization');
  });
});

describe('a report named for what it looks ahead to is a work', () => {
  it.each([
    ['The Nordic Energy Agency put out its Grid Storage Outlook last month.', 'Grid Storage Outlook'],
    ['Our Hydrogen Roadmap came out in March, and the Transit Blueprint in May.', 'Hydrogen Roadmap'],
  ])('%s → %s', (text, name) => {
    expect(extract(text).entities.find((e) => e.label === name)?.type).toBe('work');
  });
});

describe('a name right before "paper" is the title it goes by', () => {
  it('"the Orvik Sets paper" is a work; "the Kaplan paper" names its author', () => {
    const es = extract('We built on the Orvik Sets paper from Columbia, and on the Kaplan paper.').entities;
    expect(es.find((e) => e.label === 'Orvik Sets')?.type).toBe('work');
    expect(es.find((e) => e.label === 'Kaplan')?.type).toBe('person');
  });
});
