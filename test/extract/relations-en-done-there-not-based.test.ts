// Tests for en-based-in (extract/data/relations.json): something an organisation started doing somewhere (attacking
// ships, strikes) happened there; it does not put the organisation there.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const located = (text: string) => relationsOf(`Host: ${text}\n\nGuest: Yes.\n`).filter((l) => l.includes('-LOCATED_IN->'));

describe('based in, not what was done in', () => {
  it.each([
    'In November the Houthis seized the Galaxy Leader, a car carrier, and started attacking ships in the Red Sea.',
    'Kestrel Defence launched air strikes in Yemen last spring.',
  ])('%s → no LOCATED_IN', (text) => {
    expect(located(text)).toEqual([]);
  });

  it('a base or an office opened there still is one', () => {
    expect(located('Kestrel Robotics is based in Austin.')).toContain('Kestrel Robotics -LOCATED_IN-> Austin');
    expect(located('Kestrel Robotics opened an office in Austin.')).toContain('Kestrel Robotics -LOCATED_IN-> Austin');
  });
});
