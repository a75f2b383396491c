// Array helpers safe for any length: spreading a large array into push() or Math.max() overflows the call stack
// (a 50 MB one-line transcript gives one entity hundreds of thousands of mentions).

/** Appends every item of `items` to `target` and returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
