// Tests for extract/stages/relations/parties.ts: whom each turn addresses (the next other speaker, else the previous
// one), and that working it out reads each turn a bounded number of times.
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

  it('reads each turn a bounded number of times: 4× the turns is 4× the reads, not 16× (no scan of all turns per turn)', () => {
    // Counted, not timed: every read of a turn's field goes through a proxy. A scan of all turns per turn (the
    // 56-second build of 90,000 turns this replaced) makes the count grow with the square of the turns.
    const reads = (n: number) => {
      let count = 0;
      const turns = turnsOf(Array.from({ length: n }, (_, i) => ['a', 'b', 'c'][i % 3])).map(
        (t) => new Proxy(t, { get: (target, key, receiver) => (count++, Reflect.get(target, key, receiver)) }),
      );
      const parties = turnParties(turns, []);
      expect(parties.get(`doc#${n - 1}`)?.addressee).toBe(['a', 'b', 'c'][(n - 2) % 3]);
      return count;
    };
    const small = reads(5_000);
    const large = reads(20_000);
    expect(small).toBeGreaterThan(5_000);
    expect(large / small).toBeLessThan(4.5);
  });
});
