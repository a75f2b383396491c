// A caption export's ">>" turn that names no one but ends on a question to the other (segment/captions.ts) is the
// host's, and the turn after it, speaking of itself, the guest's; a turn after no question, or an answer that does not
// speak of itself, stays unattributed.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const SHOW = [
  'Harbour Talk Ep. 14 (auto-generated captions)',
  '',
  '0:00',
  ">> hello and welcome to Harbour Talk I'm Rosa Lindqvist and my guest today is",
  'Henrik Dahl who runs terminal operations at Nordhavn Logistics',
  '0:15',
  '>> thanks Rosa good to be here',
  '>> before Nordhavn you were at Maersk right',
  '>> yes I was a planner at Maersk for nine years mostly in Aarhus',
  '>> and where do the cranes come from',
  '>> most of our cranes come from Konecranes and a few from Liebherr',
  '>> and the weather this winter',
  '>> brutal we lost eleven days in January',
  '>> what does it mean for the town',
  '>> the town is fine honestly',
  '3:02',
  '>> Henrik thanks so much for coming on',
  '>> thank you Rosa',
].join('\n');

describe('segment: a caption question and its answer', () => {
  const doc = extractText(SHOW, 'harbour');
  const who = (words: string) => {
    const turn = doc.turns.find((t) => t.text.includes(words));
    return doc.speakers.find((s) => s.key === turn?.speaker)?.label ?? null;
  };

  it.each([
    ['you were at Maersk right', 'Rosa Lindqvist'],
    ['yes I was a planner', 'Henrik Dahl'],
    ['where do the cranes come from', 'Rosa Lindqvist'],
    ['most of our cranes', 'Henrik Dahl'],
    ['what does it mean for the town', 'Rosa Lindqvist'],
  ])('"%s" is %s', (words, speaker) => {
    expect(who(words)).toBe(speaker);
  });

  it('a turn after no question, and an answer that does not speak of itself, stay unattributed', () => {
    expect(who('and the weather this winter')).toBeNull();
    expect(who('brutal we lost eleven days')).toBeNull();
    expect(who('the town is fine')).toBeNull();
  });

  it("what the guest answers of themselves is the guest's", () => {
    expect(relationLines(doc)).toContain('Henrik Dahl -WORKED_AT-> A.P. Moller-Maersk');
  });
});
