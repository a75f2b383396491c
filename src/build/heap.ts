// Keeps the main thread's heap near its live size on large builds. The merged graph grows all build long, and V8
// lets a large old generation grow to a few times its live size before a full collection: a 100 MB build with
// ~1 GB live peaked at 1.6-1.9 GB. Capping growth for the whole process (--heap-growing-percent) made worker
// threads, whose live heap is small, collect constantly (100 MB, 2 threads: 179 s instead of 115 s); so only the
// main thread is governed, by a full collection whenever its heap has grown by half over what was live last time.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface HeapGovernorOptions {
  /** Collect when the old generation exceeds its last live size by this factor... */
  factor: number;
  /** ...and this many bytes, so small heaps are left to V8. */
  floorBytes: number;
}

export const DEFAULT_HEAP_GOVERNOR: HeapGovernorOptions = { factor: 1.5, floorBytes: 192 * 2 ** 20 };

/** Builds below this many bytes of input are left to V8 (their peak is a few hundred MB). */
export const GOVERN_FROM_BYTES = 32_000_000;

export class HeapGovernor {
  private live = 0;
  private readonly gc: (() => void) | null;

  constructor(private readonly options: HeapGovernorOptions = DEFAULT_HEAP_GOVERNOR) {
    this.gc = exposedGc();
  }

  /**
   * A full collection if the old generation has outgrown its last live size; cheap otherwise (one statistics
   * call). Young objects are left to V8's scavenges: parsed cache entries and thread messages die young.
   */
  check(): void {
    if (!this.gc) return;
    const used = oldGeneration();
    if (used < this.options.floorBytes || used < this.live * this.options.factor) return;
    this.collect();
  }

  /** A full collection now (between phases, when what the last one allocated is garbage). */
  collect(): void {
    if (!this.gc) return;
    this.gc();
    this.live = oldGeneration();
  }
}

/** The governor for a build of this many input bytes; its check() does nothing on small builds. */
export function heapGovernor(inputBytes: number): HeapGovernor | null {
  return inputBytes >= GOVERN_FROM_BYTES ? new HeapGovernor() : null;
}

/** Bytes used in the spaces a full collection frees: old objects and large ones. */
function oldGeneration(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'old_space' || space.space_name === 'large_object_space') used += space.space_used_size;
  return used;
}

/** V8's gc(), exposed for a fresh context (the flag applies to contexts made after it); null if refused. */
function exposedGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
