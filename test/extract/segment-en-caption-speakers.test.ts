// A caption export's ">>" turns get a speaker where it is reliable (segment/captions.ts): the opening names host and
// guest; a self-introduction is the speaker's, a call by name is the other one's, the turn after a call the one
// called. Other turns stay unattributed (no counting off in alternation), and without both names no one is guessed.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const SHOW = [
  'Shop Floor Radio Ep. 88 (auto-generated captions)',
  '',
  '0:00',
  ">> welcome back to Shop Floor Radio I'm Naomi Kerr and my guest this week is",
  'Tobias Lund who runs the foundry side at Brightwell Castings',
  '0:12',
  '>> thanks Naomi happy to be here',
  '>> so Tobias how did you end up in metal casting',
  '>> honestly by accident I was a process engineer at Caterpillar for six years',
  'and then a friend called me',
  '>> and the energy prices',
  '>> they are brutal we pay twice what we paid in 2020',
  '2:40',
  '>> Tobias thanks so much for doing this',
  '>> thank you Naomi',
].join('\n');

describe('segment: speakers of ">>" caption turns', () => {
  const doc = extractText(SHOW, 'captions');
  const who = (words: string) => {
    const turn = doc.turns.find((t) => t.text.includes(words));
    return doc.speakers.find((s) => s.key === turn?.speaker)?.label ?? null;
  };

  it.each([
    ["I'm Naomi Kerr", 'Naomi Kerr'],
    ['thanks Naomi happy', 'Tobias Lund'],
    ['so Tobias how did you', 'Naomi Kerr'],
    ['honestly by accident', 'Tobias Lund'],
    ['Tobias thanks so much', 'Naomi Kerr'],
    ['thank you Naomi', 'Tobias Lund'],
  ])('"%s" is %s', (words, speaker) => {
    expect(who(words)).toBe(speaker);
  });

  it('a turn that calls no one, after one that called no one, stays unattributed', () => {
    expect(who('and the energy prices')).toBeNull();
    expect(who('they are brutal')).toBeNull();
    expect(doc.turns.find((t) => t.text.includes('they are brutal'))?.kind).toBe('narration');
  });

  it("what the guest says of themselves is the guest's", () => {
    expect(relationLines(doc)).toContain('Tobias Lund -WORKED_AT-> Caterpillar');
  });

  it('"I\'m your host" and a first name compromise does not know; "thanks for having me Priya" calls her', () => {
    const podcast = [
      '0:00',
      ">> hi everyone I'm your host Priya Desai and today I'm joined by Dr Kwame Asante",
      'who runs the sleep clinic at Korle Bu',
      '>> thanks for having me Priya',
      '>> so Kwame where did you train',
    ].join('\n');
    const out = extractText(podcast, 'podcast');
    const by = (words: string) => out.speakers.find((sp) => sp.key === out.turns.find((t) => t.text.includes(words))?.speaker)?.label;
    expect([by('your host'), by('thanks for having me'), by('where did you train')]).toEqual(['Priya Desai', 'Kwame Asante', 'Priya Desai']);
  });

  it('without a host who names themselves, no turn gets a speaker', () => {
    const anonymous = extractText(SHOW.replace("I'm Naomi Kerr and my guest this week is", 'my guest this week is'), 'captions');
    expect(anonymous.turns.filter((t) => t.kind === 'turn')).toEqual([]);
  });
});
