// Array helpers safe for any length: spreading a large array into push() or Math.max() overflows the call stack
// (a 50 MB one-line transcript gives one entity hundreds of thousands of mentions).

/**
 * The first index in [0, length) where `reached` holds, or `length`: a bisection, for a test that is false up to some
 * index and true from there on (the first token ending after an offset, the first document number from another).
 * A long text has hundreds of thousands of tokens and mentions: finding one by a scan per look-up is quadratic.
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Appends every item of `items` to `target` and returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
