// Tests for a speaker's past jobs in English (extract/data/relations.json, en-i-was-at and en-i-after-years-at):
// "after eight years at Y", "I spent a decade at Y", "I worked at the Department of Energy" are jobs the speaker left.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turns = (guest: string) => `**HOST:** Tell us how you got here.\n\n**MARA OSTEN:** ${guest}\n\n**HOST:** Thanks.`;

describe("the speaker's past jobs", () => {
  it.each([
    ['I joined Norvale in 2019, after eight years at Brightmere, where I ran the cell program.', 'Brightmere'],
    ['I came to Norvale after nearly a decade with Brightmere.', 'Brightmere'],
    ['I also spent a decade at Kestrow Power before I moved to Oslo.', 'Kestrow Power'],
    ['Before that, I worked at the Department of Energy for six years.', 'Department of Energy'],
  ])('%s', (text, org) => {
    const found = relationsOf(turns(text));
    expect(found).toContain(`Mara Osten -WORKED_AT-> ${org}`);
    expect(found).not.toContain(`Mara Osten -WORKS_AT-> ${org}`);
  });

  it('keeps the job the speaker joined as the present one', () => {
    const found = relationsOf(turns('I joined Norvale in 2019, after eight years at Brightmere.'));
    expect(found).toContain('Mara Osten -WORKS_AT-> Norvale');
    expect(found).not.toContain('Mara Osten -WORKED_AT-> Norvale');
  });

  it('reads no job from years spent somewhere without "at"', () => {
    expect(relationsOf(turns('I moved to Oslo after eight years in Brightmere country.')).filter((r) => r.includes('WORKED_AT'))).toEqual([]);
  });
});

describe('posts a lecture host and guest give', () => {
  const lecture = (intro: string, answer: string) => `Prof. Ada Lin: ${intro}\n\nTam Okoro: Thanks.\n\nStudent 1: A question.\n\nTam Okoro: ${answer}`;

  it('"Dr. X, who leads the robotics foundation model team at Y": X works at Y', () => {
    const found = relationsOf(lecture('We have Dr. Tam Okoro, who leads the robotics foundation model team at Northam Labs.', 'Sure.'));
    expect(found).toContain('Tam Okoro -WORKS_AT-> Northam Labs');
  });

  it('"Before Y he was a postdoc in Pieter Abbeel\'s lab at Z": a past post at Z', () => {
    const found = relationsOf(lecture('Dr. Tam Okoro is here. Before that he was a postdoc in Pieter Abbeel\u2019s lab at Kestrel University.', 'Sure.'));
    expect(found).toContain('Tam Okoro -WORKED_AT-> Kestrel University');
  });

  it('"I\'m also an adjunct professor here at Y": the speaker works at Y', () => {
    expect(relationsOf(lecture('Welcome.', 'And I\u2019m also an adjunct professor here at Kestrel University.'))).toContain('Tam Okoro -WORKS_AT-> Kestrel University');
  });
});

describe("the speaker's team, named in passing", () => {
  const podcast = (answer: string) => `**HOST:** Welcome, Mara.\n\n**MARA OSTEN:** I'm the CEO of Norvale Bio.\n\n**HOST:** Who else?\n\n**MARA OSTEN:** ${answer}`;

  it.each([
    ['Jonas Brandt is our CTO now, and he runs the lab.', 'Jonas Brandt -WORKS_AT-> Norvale Bio'],
    ['Our first hire was Lena Okafor, who came from a big pharma company.', 'Lena Okafor -WORKS_AT-> Norvale Bio'],
  ])('%s', (answer, relation) => {
    expect(relationsOf(podcast(answer))).toContain(relation);
  });

  it('"Jonas Brandt is their CTO" is no job at the speaker\'s company', () => {
    expect(relationsOf(podcast('Jonas Brandt is their CTO now.'))).not.toContain('Jonas Brandt -WORKS_AT-> Norvale Bio');
  });
});

describe('jobs someone left', () => {
  it.each([
    ['I joined Brightmere in 2012 and left in 2016 to start my own company.', 'Mara Osten -WORKED_AT-> Brightmere'],
    ['I left Kestrow Power in 2020, after the merger.', 'Mara Osten -WORKED_AT-> Kestrow Power'],
    ['Then Ines Calloway left Brightmere for a startup.', 'Ines Calloway -WORKED_AT-> Brightmere'],
  ])('%s', (text, relation) => {
    const found = relationsOf(turns(text));
    expect(found).toContain(relation);
    expect(found).not.toContain(relation.replace('WORKED_AT', 'WORKS_AT'));
  });

  it('"I joined Brightmere in 2012" alone stays the present job', () => {
    expect(relationsOf(turns('I joined Brightmere in 2012, and I love it.'))).toContain('Mara Osten -WORKS_AT-> Brightmere');
  });
});

describe('a question about the guest that the guest denies', () => {
  const exchange = (answer: string) =>
    relationsOf(`**Lena Ortiz:** Welcome, Ravi. You were at Halvorsen Robotics, right?\n\n**Ravi Menon:** ${answer}\n\n**Lena Ortiz:** Great.\n`);

  it('"No, …" takes back what the question said', () => {
    const found = exchange('No, I was at Corvane Labs the whole time.');
    expect(found).not.toContain('Ravi Menon -WORKED_AT-> Halvorsen Robotics');
    expect(found).toContain('Ravi Menon -WORKED_AT-> Corvane Labs');
    expect(found).toContain('Lena Ortiz -INTERVIEWS-> Ravi Menon');
  });

  it.each(['Yes, for five years.', 'No doubt, those were good years.'])('"%s" lets it stand', (answer) => {
    expect(exchange(answer)).toContain('Ravi Menon -WORKED_AT-> Halvorsen Robotics');
  });
});

describe('a second past job in the same sentence, its verb left out', () => {
  it('"I spent six years at A on the X team, then two years at B": both', () => {
    const found = relationsOf(turns('I spent six years at Korvath Studios on the Ember team, then two years at Brindle Entertainment working on a shooter.'));
    expect(found).toEqual(expect.arrayContaining(['Mara Osten -WORKED_AT-> Korvath Studios', 'Mara Osten -WORKED_AT-> Brindle Entertainment']));
  });
});

describe('a past job told with the title held', () => {
  it.each([
    ['Before this role I was VP of Clinical Development at Sanwa Chemical in Osaka.', 'Sanwa Chemical'],
    ['Before Northfield I was CFO of Olam Agri for four years.', 'Olam Agri'],
    ['Before that I served as managing director for the Rockefeller Foundation.', 'Rockefeller Foundation'],
    ['I spent eight years in the credit group at Blackstone, then I came here.', 'Blackstone'],
  ])('%s', (text, org) => {
    expect(relationsOf(turns(text))).toContain(`Mara Osten -WORKED_AT-> ${org}`);
  });

  it('a head "of" a function without "at" names no employer ("I was head of Clinical Development")', () => {
    expect(relationsOf(turns('I was head of Clinical Development, and before that a scientist.')).filter((r) => r.includes('WORKED_AT'))).toEqual([]);
  });
});

describe('a past job told by its work', () => {
  it.each([
    ['Before I came here I coached at Clifton RFC for six seasons.', 'Clifton RFC'],
    ['I taught at Imperial College London for nine years.', 'Imperial College London'],
    ['I also played for Harrow Town FC before my knee went.', 'Harrow Town FC'],
  ])('%s', (text, org) => {
    expect(relationsOf(turns(text))).toContain(`Mara Osten -WORKED_AT-> ${org}`);
  });

  it('playing with a product is no job ("I played with Nvidia chips")', () => {
    expect(relationsOf(turns('I played with Nvidia chips a lot at home.')).filter((r) => r.includes('WORKED_AT'))).toEqual([]);
  });
});
