// Tests for two capitalised words that are, or are not, a person's name (extract/stages/mentions/latin.ts):
// "Lena Park" is a colleague, not a park; "Helios Storage" is a company, not a Mr Storage.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('a first name and a place head that is also a surname', () => {
  it.each([
    ['Our first hire was Lena Park, who came from a biotech in Boston.', 'Lena Park'],
    ['My co-founder Grace Hall runs the wet lab now.', 'Grace Hall'],
  ])('%s → person', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });

  it.each([
    ['We had the launch party in Stanley Park last summer.', 'Stanley Park'],
    ['The keynote was at the Albert Hall this year.', 'Albert Hall'],
    ['Everyone met near Tulsa Lake on Sunday.', 'Tulsa Lake'],
    ['We met at Union Station, the main hub, in May.', 'Union Station'],
    ["I'm at Union Station now.", 'Union Station'],
  ])('%s → place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it.each([
    ["Hi, I'm Jun Park, I'm graduating from the Kennedy School.", 'Jun Park'],
    ['Good evening, my name is Tobin Hall and I farm near Ames.', 'Tobin Hall'],
    ['I received it from Andrew Hall, the Chief Inspector of Rail Accidents, in November.', 'Andrew Hall'],
  ])('a name given as one\'s own, or an office after it, is a person whatever its last word: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});

describe('a name ending in a common noun the document writes in lower case', () => {
  it('is an organization: "Kessel Storage" when the text also says "storage"', () => {
    const text = 'Kessel Storage builds battery plants in Arizona. Back then, storage was a science project.';
    expect(typeOf(text, 'Kessel Storage')).toBe('organization');
  });

  it('stays a person after a known first name: "Maria Storage"', () => {
    const text = 'We spoke to Maria Storage about it. Back then, storage was a science project.';
    expect(typeOf(text, 'Maria Storage')).toBe('person');
  });

  it('stays a person when the document never writes the word in lower case: "Orla Kessing"', () => {
    expect(typeOf('We spoke to Orla Kessing about the plant in Arizona.', 'Orla Kessing')).toBe('person');
  });
});

describe('names with an apostrophe or Mc/Mac inside', () => {
  it.each([
    ["De'Aaron Fox was traded to another team last winter.", "De'Aaron Fox"],
    ["We hired Dashawn D'Orsay from a rival club.", "Dashawn D'Orsay"],
    ['Our analyst Ruairi MacTavish wrote the report.', 'Ruairi MacTavish'],
  ])('%s → person', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});

describe('two capitalised words after "the" are no personal name', () => {
  it.each([
    ['Work on the Kessel Corridor begins in June.', 'Kessel Corridor'],
    ['Our point guard was traded to the Tarnow Vipers last winter.', 'Tarnow Vipers'],
  ])('%s', (text, name) => {
    const type = typeOf(text, name);
    expect(type).toBeDefined();
    expect(type).not.toBe('person');
  });

  it('a name with no "the" before it is still a person: "Orla Kessing"', () => {
    expect(typeOf('The contract went to Orla Kessing last week.', 'Orla Kessing')).toBe('person');
  });
});

describe('a company whose name ends in "Digital" or "Interactive"', () => {
  it.each([
    ['Halvard Digital published our first game.', 'Halvard Digital'],
    ['We signed with Ostrava Interactive for the console port.', 'Ostrava Interactive'],
  ])('%s → organization, no person', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

describe('a job title in a witness list is no person', () => {
  it.each([
    ['Witnesses: Tom Ardley, Chief Executive, Marrow Health Systems; Anil Varma, Senior Fellow at the Halden Institute.', ['Chief Executive', 'Senior Fellow']],
  ])('%s', (text, titles) => {
    const labels = extractText(text).entities.map((e) => e.label);
    for (const t of titles) expect(labels).not.toContain(t);
    expect(labels).toEqual(expect.arrayContaining(['Tom Ardley', 'Anil Varma']));
  });
});
