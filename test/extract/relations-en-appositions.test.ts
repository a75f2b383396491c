// Tests for titles in apposition inside a list of people: the title after a name belongs to that name, not to the next
// one ("A, the CEO of X, B of Y": B is the next of the list, not X's chief executive).
import { describe, expect, it } from 'vitest';
import { relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(text, 'list.en');

describe('titles in a list of people', () => {
  it.each([
    ['with "the"', 'Our witnesses are Samuel Orton, the CEO of OpenAI, Christina Montgomery of IBM, and Gary Marcus.'],
    ['without "the"', 'Our witnesses are Samuel Orton, CEO of OpenAI, Christina Montgomery of IBM, and Gary Marcus.'],
    ['chief executive', 'Our witnesses are Samuel Orton, the chief executive of OpenAI, Christina Montgomery of IBM, and Gary Marcus.'],
  ])('gives the title to the name before it, %s', (_, text) => {
    const found = relationsOf(`Host: Welcome.\n\nGuest: ${text}\n\nHost: Thanks.`);
    expect(found).toContain('Samuel Orton -CEO_OF-> OpenAI');
    expect(found).not.toContain('Christina Montgomery -CEO_OF-> OpenAI');
  });

  it('still reads a title before a name that opens the sentence', () => {
    const found = relationsOf('Host: Welcome.\n\nGuest: We met the CEO of Runway, Cristóbal Valenzuela, in May.\n\nHost: Thanks.');
    expect(found).toContain('Cristóbal Valenzuela -CEO_OF-> Runway');
  });
});

describe('a reporter naming themselves and their outlet before a question', () => {
  const briefing = (question: string) => `MS. HARTLEY: Good morning.\n\nQ: ${question}\n\nMS. HARTLEY: We will see.`;

  it.each([
    ['Thanks, Jane. Oren Kask, The Harbour Herald. On the contract, how much is it worth?', 'Oren Kask -WORKS_AT-> Harbour Herald'],
    ['Lina Morrow, Radio New Zealand. Has the ministry been consulted?', 'Lina Morrow -WORKS_AT-> Radio New Zealand'],
  ])('%s', (question, relation) => {
    expect(relationsOf(briefing(question))).toContain(relation);
  });

  it('a name and a company inside a longer sentence are no byline', () => {
    const found = relationsOf(briefing('I met Oren Kask, Harbour Robotics, and a few others at the fair. Will you?'));
    expect(found).not.toContain('Oren Kask -WORKS_AT-> Harbour Robotics');
  });
});

describe('jobs an intro gives in a relative clause or with "for"', () => {
  const intro = (text: string) => `Editor's note: ${text}\n\n**HOST:** Welcome.\n\n**GUEST:** Thanks.`;

  it.each([
    ['We were joined by Tam Okoro, a former commissioner at the Western Grid Council who now teaches at Northam University.', 'Tam Okoro -WORKS_AT-> Northam University'],
    ['Our guest is Ida Brenn, who currently works for Kestrel Robotics.', 'Ida Brenn -WORKS_AT-> Kestrel Robotics'],
    ['Marcus sits down with Elena Vask, president of business operations for the Chicago Owls, to talk about media rights.', 'Elena Vask -WORKS_AT-> Chicago Owls'],
    // A function, not a team, and a government as the employer.
    ['Next to him is Clara Weiss, who leads AI policy at the European Commission.', 'Clara Weiss -WORKS_AT-> European Commission'],
    ['Then Omar Reyes, who runs research at Kestrel Robotics.', 'Omar Reyes -WORKS_AT-> Kestrel Robotics'],
  ])('%s', (text, relation) => {
    expect(relationsOf(intro(text))).toContain(relation);
  });

  it('the clause belongs to the last person named: "A, who met B, who now teaches at Y"', () => {
    const found = relationsOf(intro('We were joined by Tam Okoro, who met Ida Brenn, who now teaches at Northam University.'));
    expect(found).not.toContain('Tam Okoro -WORKS_AT-> Northam University');
  });
});

describe('a former post and the present one in one appositive', () => {
  const intro = (text: string) => `ANCHOR: ${text}\n\nGUEST: Thanks.\n\nANCHOR: So?`;

  it('"X, the former director of Y, and now chief public policy officer at Z"', () => {
    const found = relationsOf(intro('Joining me is Tam Okoro, the former director of the Northam Grid Agency, and now chief public policy officer at Kestrel Robotics.'));
    expect(found).toContain('Tam Okoro -WORKED_AT-> Northam Grid Agency');
    expect(found).toContain('Tam Okoro -WORKS_AT-> Kestrel Robotics');
    expect(found).not.toContain('Tam Okoro -WORKS_AT-> Northam Grid Agency');
    expect(found).not.toContain('Tam Okoro -LEADS-> Northam Grid Agency');
  });

  it('a present director still leads and works there: "X, the director of Y"', () => {
    const found = relationsOf(intro('Joining me is Tam Okoro, the director of the Northam Grid Agency.'));
    expect(found).toContain('Tam Okoro -LEADS-> Northam Grid Agency');
  });
});

describe('a hearing\'s witness list: "Name, Title at/of Body; Name, Chief Executive, Company"', () => {
  const found = relationsOf(
    'Witnesses: Dr Mira Kell, Director of Data at NHS England; Ravi Ostrander, Chief Executive, Marrow Health Systems.\n\n' +
      '**Chair:** Good morning.\n\n**Ravi Ostrander:** Good morning.\n',
  );
  it.each(['Mira Kell -WORKS_AT-> NHS England', 'Ravi Ostrander -CEO_OF-> Marrow Health Systems'])('%s', (relation) => {
    expect(found, found.join('\n')).toContain(relation);
  });
});
