// Shared by the build tests: two graph files' JSON must be equal, and when not, the failure shows a short excerpt
// around the first difference (never megabytes of output).
import { expect } from 'vitest';

export function expectSameBytes(actual: string, expected: string): void {
  if (actual === expected) return;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  expect(actual.slice(Math.max(0, at - 300), at + 300)).toBe(expected.slice(Math.max(0, at - 300), at + 300));
}
