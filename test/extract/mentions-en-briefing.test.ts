// Tests for the furniture of an English press-briefing transcript (extract/stages/mentions/latin.ts): a clock's
// A.M., the time zone after a time, and a heading in capitals are no organizations.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('a press briefing header', () => {
  it('"10:02 A.M. NZDT" names nothing', () => {
    const found = labels('Wellington, March 4, 2026\n10:02 A.M. NZDT\n\nMS. HARTLEY: Good morning. The Minister met Catherine Kell.\n\nEND 10:31 A.M. NZDT');
    expect(found.filter((l) => /A\.M|NZDT|END/.test(l))).toEqual([]);
  });

  it('"briefing at 9:30 EST" names no organization EST', () => {
    expect(labels('MS. HARTLEY: The next briefing is at 9:30 EST on Friday, with Catherine Kell.').filter((l) => l.startsWith('EST'))).toEqual([]);
  });

  it('a heading in capitals does not swallow the place on the next line', () => {
    const found = labels('PRESS BRIEFING BY MINISTRY OF TRANSPORT SPOKESPERSON\nWellington, New Zealand\n\nMS. HARTLEY: Good morning, everyone.');
    expect(found.filter((l) => l.includes('PRESS BRIEFING'))).toEqual([]);
    expect(found).toContain('Wellington (place)');
  });

  it('acronyms before a name are still one name: "NASA JPL Pasadena"', () => {
    expect(labels('She works at NASA JPL Pasadena now.').some((l) => l.startsWith('NASA JPL'))).toBe(true);
  });
});

describe('a name in capitals is still a name', () => {
  it.each(['UNIVERSITY OF NORTHAM', 'MINISTRY OF GRID PLANNING'])('%s', (name) => {
    expect(labels(`ANALYST: Thanks. My question is about the ${name} and its plans.`).some((l) => l.startsWith(name))).toBe(true);
  });
});

describe('a hard-wrapped header line does not run into the next one', () => {
  it.each([
    ['Department of Physics, Northam University\nTranscribed by the course staff.\n\nProf. Ada Lin: Welcome.', 'Northam University'],
    ['The Grid Hour, Kestrel Media\nProduced by Ana Ruiz.\n\nHOST: Welcome.', 'Kestrel Media'],
  ])('%s', (text, name) => {
    const found = labels(text);
    expect(found).toContain(`${name} (organization)`);
    expect(found.filter((l) => /Transcribed|Produced/.test(l))).toEqual([]);
  });
});

describe('a minister, an ambassador, a chancellor', () => {
  it('"the Minister" alone names nothing; the title before a name makes a person', () => {
    const found = labels('MS. HARTLEY: The Minister has asked for advice. Minister Simon Kerr met Ambassador Lena Ortiz and Chancellor Olaf Brandt.');
    expect(found.filter((l) => l.startsWith('Minister'))).toEqual([]);
    for (const name of ['Simon Kerr', 'Lena Ortiz', 'Olaf Brandt']) expect(found).toContain(`${name} (person)`);
  });

  it('"the Ministry of Energy" is still a government', () => {
    expect(labels('MS. HARTLEY: The Ministry of Energy agreed.')).toContain('Ministry of Energy (government)');
  });
});

describe('a broadcast transcript\'s stage directions and modifiers', () => {
  it('"(BEGIN VIDEO CLIP)", "[COMMERCIAL BREAK]" name nothing', () => {
    const found = labels('KEILAR: Let us listen.\n\n(BEGIN VIDEO CLIP)\n\nKREBS: We have to act.\n\n(END VIDEO CLIP)\n\nKEILAR: Thanks, Tam Okoro.\n\n[COMMERCIAL BREAK]');
    expect(found.filter((l) => /CLIP|BREAK/.test(l))).toEqual([]);
  });

  it('"English-speaking hackers", "US-made chips": no organization "English-speaking"', () => {
    const found = labels('KREBS: They are mostly young English-speaking hackers buying Norwell-made chips.');
    expect(found.filter((l) => /speaking|made/.test(l))).toEqual([]);
  });
});

describe('a notice written all in capitals', () => {
  it('"THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM" names nothing', () => {
    const found = labels('THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\nKEILAR: Welcome, Tam Okoro.');
    expect(found.filter((l) => /TRANSCRIPT|COPY|FINAL FORM/.test(l))).toEqual([]);
  });
});
