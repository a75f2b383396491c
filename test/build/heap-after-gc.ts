// Heap in use after collection, compiled code left out (V8 keeps compiling hot functions as documents go by): what
// the memory tests' child processes (run with --expose-gc) report.
import { getHeapSpaceStatistics } from 'node:v8';

export function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  return getHeapSpaceStatistics()
    .filter((space) => !space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_used_size, 0);
}
