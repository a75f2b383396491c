// Tests for three title phrasings (extract/data/relations.json en-org-staff-person, en-person-title-at,
// en-model-by-org): "Dezeen editor Tom Ravenscroft" and "X is vice president of supply chain at ASML" say where
// someone works; "Sony bought AWAL from Kobalt" says who sold AWAL, not who released it.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('titles and sellers', () => {
  it.each([
    ['She spoke to Tidewire Magazine editor Tomas Brandt last week.', 'Tomas Brandt -WORKS_AT-> Tidewire Magazine'],
    ['The story was broken by Kessel Weekly reporter Ines Vidal.', 'Ines Vidal -WORKS_AT-> Kessel Weekly'],
    ['And Jorn Veldkamp is vice president of supply chain at Halvard Systems.', 'Jorn Veldkamp -WORKS_AT-> Halvard Systems'],
  ])('%s', (text, expected) => {
    expect(relationsOf(text)).toContain(expected);
  });

  it('a seller after "bought X from" releases nothing', () => {
    const lines = relationsOf('Tessel Media bought Gatefold from Corvale Group in 2022.');
    expect(lines).toContain('Tessel Media -ACQUIRED-> Gatefold');
    expect(lines).not.toContain('Corvale Group -RELEASED-> Gatefold');
  });

  it('a model from its lab is still released by it: "we use Lyra from Kessel Labs"', () => {
    expect(relationsOf('We use a model called Lyra from Kessel Labs.')).toContain('Kessel Labs -RELEASED-> Lyra');
  });
});
