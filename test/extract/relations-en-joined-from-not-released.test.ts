// Tests for en-model-by-org (extract/data/relations.json): "I joined Y from X" is a career move, not a product Y that
// X released.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('"joined Y from X"', () => {
  it('is no release', () => {
    const lines = relationsOf('Host: Welcome.\n\nMaya Lindgren: I joined Harrow Bridge Capital from Goldman Sachs in 2019.\n');
    expect(lines).toContain('Maya Lindgren -WORKED_AT-> Goldman Sachs');
    expect(lines.filter((l) => l.includes('-RELEASED->'))).toEqual([]);
  });
});
