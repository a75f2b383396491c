// Tests for extract/stages/relations/parties.ts: whom each turn addresses (the next other speaker, else the previous
// one), and that working it out stays linear in the number of turns.
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../src/model.ts';
import { turnParties } from '../../extract/stages/relations/parties.ts';

function turnsOf(speakers: Array<string | null>): Turn[] {
  return speakers.map((speaker, index) => ({
    id: `doc#${index}`,
    document: 'doc',
    index,
    kind: speaker === null ? 'narration' : 'turn',
    speaker,
    speakerLabel: speaker,
    section: null,
    text: 'Yes.',
  }));
}

describe('turnParties: the addressee of each turn', () => {
  it.each([
    [['a', 'b', 'a'], ['b', 'a', 'b']],
    [['a', 'a', 'b', 'b', 'c'], ['b', 'b', 'c', 'c', 'b']],
    [['a', null, 'b', 'a', 'a'], ['b', null, 'a', 'b', 'b']],
    [['a', 'a'], [null, null]],
  ])('%j → %j', (speakers, addressees) => {
    const turns = turnsOf(speakers);
    const parties = turnParties(turns, []);
    expect(turns.map((t) => parties.get(t.id)?.addressee ?? null)).toEqual(addressees);
  });

  it('200,000 turns take well under a second or two, not minutes (no scan of all turns per turn)', () => {
    const turns = turnsOf(Array.from({ length: 200_000 }, (_, i) => ['a', 'b', 'c'][i % 3]));
    const started = performance.now();
    const parties = turnParties(turns, []);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parties.get('doc#199999')?.addressee).toBe('a');
  });
});
