// Builds one graph from files and folders of transcripts: discover → extract in parallel (cached) → merge.
// The CLI's `build` calls this; progress goes through callbacks, never printed here.
import { setFlagsFromString } from 'node:v8';
import { createMerger, toGraph } from '../../extract/stages/assemble.ts';
import type { Diagnostic } from '../../extract/types.ts';
import type { KnowledgeGraph } from '../model.ts';
import { DEFAULT_CACHE_DIR, layoutFolder, layoutMemo } from './cache.ts';
import { discoverInputs, type DiscoveredInput } from './discover.ts';
import { extractAll, type ExtractAllOptions, type ExtractProgress } from './parallel.ts';
import { pruneCache, type PruneResult } from './prune.ts';

export interface CorpusBuildOptions extends ExtractAllOptions {
  /** Name stored in the graph attributes. */
  name: string;
}

export interface CorpusBuildHooks {
  /** Called once the inputs are known, before any extraction. */
  onStart?: (inputs: DiscoveredInput[]) => void;
  onProgress?: (progress: ExtractProgress) => void;
}

export interface CorpusBuildResult {
  graph: KnowledgeGraph;
  diagnostics: Diagnostic[];
  documents: number;
  /** Documents whose extraction came from the cache, and those extracted afresh. */
  reused: number;
  extracted: number;
  workers: number;
  /** What the cache lost to pruning after the build (src/build/prune.ts); null without a cache. */
  pruned: PruneResult | null;
}

/**
 * Heap growth between full collections, in percent of the live heap, for builds of at least HEAP_CAP_FROM_BYTES.
 * V8's default lets a large old generation grow to a few times its live size before collecting: a 100 MB build
 * with ~1 GB live peaked at 1.7-1.9 GB. The cap costs some speed (more full collections), so smaller builds, whose
 * peak is a few hundred MB anyway, keep the default. Process-wide: worker threads too.
 */
export const BUILD_HEAP_GROWING_PERCENT = 25;
export const HEAP_CAP_FROM_BYTES = 32_000_000;

export function limitHeapGrowth(inputBytes: number, percent = BUILD_HEAP_GROWING_PERCENT): void {
  if (inputBytes >= HEAP_CAP_FROM_BYTES) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

export async function buildCorpus(paths: string[], options: Partial<CorpusBuildOptions> = {}, hooks: CorpusBuildHooks = {}): Promise<CorpusBuildResult> {
  const inputs = discoverInputs(paths);
  limitHeapGrowth(inputs.reduce((n, input) => n + input.bytes, 0));
  hooks.onStart?.(inputs);
  // Each document is merged as it arrives and then dropped: memory grows with the graph, not with the extractions.
  const merger = createMerger();
  const diagnostics: Diagnostic[][] = [];
  const { reused, extracted, workers, cacheVersion } = await extractAll(inputs, options, hooks.onProgress, (index, contribution) => {
    diagnostics[index] = contribution.diagnostics;
    merger.add(index, contribution);
  });
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const layout = { memo: cacheDir === null ? null : layoutMemo(cacheDir) };
  const graph = toGraph(merger.finish(), { name: options.name ?? 'turngraph', layout });
  const pruned = cacheDir === null || cacheVersion === null ? null : pruneCache(cacheDir, { version: cacheVersion, layout: layoutFolder(), documents: inputs.length });
  return { graph, diagnostics: diagnostics.flat(), documents: inputs.length, reused, extracted, workers, pruned };
}
