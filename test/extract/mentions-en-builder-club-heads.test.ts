// Tests for cues.json orgHeads Construction, Transit, Hydraulics, Biopharma, Bio, Athletic, Rovers, Wanderers: a name
// ending in one is a firm, an agency or a club, even when its first word is a first name or a surname ("Pierce Transit",
// "Hoffman Construction").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('builders, transit agencies, pump makers, drug developers and clubs', () => {
  it.each([
    ['The line would be built by Hoffman Construction next year.', 'Hoffman Construction'],
    ['We have a liaison who works for Pierce Transit during the works.', 'Pierce Transit'],
    ['Last year we bought a pump maker in Accra called Tema Hydraulics.', 'Tema Hydraulics'],
    ['My bet is Umoja Biopharma, which is based in Seattle.', 'Umoja Biopharma'],
    ['In March we closed the acquisition of Pellion Bio for cash.', 'Pellion Bio'],
    ['He spent four years as a coach at Harrowgate Athletic before this.', 'Harrowgate Athletic'],
    ['We beat Southport Rovers on Saturday.', 'Southport Rovers'],
    ['Callum came on loan from Kendal Wanderers in January.', 'Kendal Wanderers'],
  ])('%s → organization', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});
