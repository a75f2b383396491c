// Tests for en-place-based (extract/data/relations.json): "X, a Pittsburgh company" places X; "X, and the Lancashire
// team is …" speaks of another team and places nothing.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const located = (text: string) => relationsOf(`Host: ${text}\n\nGuest: Yes.\n`).filter((l) => l.includes('-LOCATED_IN->'));

describe('"X, a <place> company" and not across "and"', () => {
  it('an apposition places the organization', () => {
    expect(located('We met Helio Thermal, a Pittsburgh company.')).toContain('Helio Thermal -LOCATED_IN-> Pittsburgh');
  });

  it('"…of Oval Invincibles, and the Lancashire team is…" places nothing', () => {
    expect(located('Reliance Industries bought 49 percent of Oval Invincibles, and the Lancashire team is now owned by the Glazer family.')).toEqual([]);
  });
});
