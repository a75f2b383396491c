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

  it('200,000 turns cost about four times 50,000, not sixteen (no scan of all turns per turn)', () => {
    // A ratio of runs side by side, not a time: a busy machine slows both alike. Linear is 4 (5-9 measured under
    // load: garbage collection grows with the heap); a scan of all turns per turn makes it 16.
    const cost = (n: number) => {
      const turns = turnsOf(Array.from({ length: n }, (_, i) => ['a', 'b', 'c'][i % 3]));
      const started = performance.now();
      const parties = turnParties(turns, []);
      const took = performance.now() - started;
      expect(parties.get(`doc#${n - 1}`)?.addressee).toBe(['a', 'b', 'c'][(n - 2) % 3]);
      return took;
    };
    cost(50_000); // warm
    const small = Math.min(cost(50_000), cost(50_000));
    const large = Math.min(cost(200_000), cost(200_000));
    expect(large / small).toBeLessThan(12);
  });
});
