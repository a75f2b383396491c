// Tests for English institution names (extract/stages/mentions/latin.ts and the cues' organization heads): hospitals,
// NHS trusts, record labels and names that hold a possessive, as a reader of an unseen transcript expects them.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../extract/types.ts';
import { extractText } from './extract-text.ts';

const entities = (text: string): Entity[] => extractText(text).entities;
const typeOf = (es: Entity[], label: string) => es.find((e) => e.label === label || e.aliases.includes(label))?.type;

describe('a hospital, a trust or a record label is an organization, not a person', () => {
  it.each([
    ['She trained at Harwell Memorial Hospital before the move.', 'Harwell Memorial Hospital'],
    ['I still run a clinic at Brookfield Hospital once a month.', 'Brookfield Hospital'],
    ['Evelyn Lister Hospital opened a new ward in May.', 'Evelyn Lister Hospital'],
    ['We now share a discharge team with Wexford Valley Trust.', 'Wexford Valley Trust'],
    ['I started in A&R at Corvid Records, then moved on.', 'Corvid Records'],
    ['Her first album came out on Halfmoon Records in 2015.', 'Halfmoon Records'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });
});
