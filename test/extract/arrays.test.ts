// The bisection every long-text look-up goes through (extract/arrays.ts firstIndex).
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../../extract/arrays.ts';

describe('firstIndex', () => {
  const sorted = [2, 4, 4, 4, 9];
  it.each([
    [0, 0], [2, 0], [3, 1], [4, 1], [5, 4], [9, 4], [10, 5],
  ])('the first of [2, 4, 4, 4, 9] at or above %i is at %i', (value, at) => {
    expect(firstIndex(sorted.length, (i) => sorted[i] >= value)).toBe(at);
  });

  it('an empty array, and a test true everywhere or nowhere', () => {
    expect(firstIndex(0, () => true)).toBe(0);
    expect(firstIndex(7, () => true)).toBe(0);
    expect(firstIndex(7, () => false)).toBe(7);
  });
});
