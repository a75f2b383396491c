// Builds one graph from files and folders of transcripts: discover → extract in parallel (cached) → merge.
// The CLI's `build` calls this; progress goes through callbacks, never printed here.
import { createMerger, toGraph } from '../../extract/stages/assemble.ts';
import type { DocumentContribution } from '../../extract/stages/contribution.ts';
import type { Diagnostic } from '../../extract/types.ts';
import type { KnowledgeGraph } from '../model.ts';
import { DEFAULT_CACHE_DIR, layoutFolder, layoutMemo } from './cache.ts';
import { discoverInputs, type DiscoveredInput } from './discover.ts';
import { heapGovernor } from './heap.ts';
import { extractAll, type ExtractAllOptions, type ExtractProgress, type SkippedDocument } from './parallel.ts';
import { pruneCache, type PruneResult } from './prune.ts';
import { SPOOL_FROM_BYTES, TextSpool } from './spool.ts';

export interface CorpusBuildOptions extends ExtractAllOptions {
  /** Name stored in the graph attributes. */
  name: string;
  /** From this many bytes of input, turn texts wait in a temporary file until read (src/build/spool.ts). */
  spoolFromBytes: number;
}

export interface CorpusBuildHooks {
  /** Called once the inputs are known, before any extraction. */
  onStart?: (inputs: DiscoveredInput[]) => void;
  onProgress?: (progress: ExtractProgress) => void;
  /** Called when every document is extracted, before the merge makes the graph (benchmarks time the phases). */
  onExtracted?: () => void;
  /** Called when the graph is made, before a graph file is written (src/build/file.ts; benchmarks time the phases). */
  onMerged?: () => void;
  /**
   * Each document's contribution as it arrives, before the merge takes it, with the cache key it sits under (null
   * when it is not cached): src/build/patch.ts tallies it.
   */
  onContribution?: (index: number, contribution: DocumentContribution, key: string | null) => void;
}

export interface CorpusBuildResult {
  graph: KnowledgeGraph;
  diagnostics: Diagnostic[];
  /** Documents in the graph. */
  documents: number;
  /** Transcripts found in a folder that could not be read or extracted, left out (see ExtractAllOptions.strict). */
  skipped: SkippedDocument[];
  /** Documents whose extraction came from the cache, and those extracted afresh. */
  reused: number;
  extracted: number;
  workers: number;
  /** What the cache lost to pruning after the build (src/build/prune.ts); null without a cache. */
  pruned: PruneResult | null;
}

export async function buildCorpus(paths: string[], options: Partial<CorpusBuildOptions> = {}, hooks: CorpusBuildHooks = {}): Promise<CorpusBuildResult> {
  return buildDiscovered(discoverInputs(paths), options, hooks);
}

/** The same from inputs already found (src/build/file.ts has walked the folders to hash them: not walked again). */
export async function buildDiscovered(inputs: DiscoveredInput[], options: Partial<CorpusBuildOptions> = {}, hooks: CorpusBuildHooks = {}): Promise<CorpusBuildResult> {
  const bytes = inputs.reduce((n, input) => n + input.bytes, 0);
  const heap = heapGovernor(bytes);
  hooks.onStart?.(inputs);
  // Each document is merged as it arrives and then dropped: memory grows with the graph, not with the extractions.
  const merger = createMerger({}, bytes >= (options.spoolFromBytes ?? SPOOL_FROM_BYTES) ? new TextSpool() : null);
  const diagnostics: Diagnostic[][] = [];
  const { reused, extracted, workers, cacheVersion, skipped } = await extractAll(inputs, options, hooks.onProgress, (index, contribution, key) => {
    diagnostics[index] = contribution.diagnostics;
    hooks.onContribution?.(index, contribution, key);
    merger.add(index, contribution);
    heap?.check();
  });
  for (const { index } of skipped) merger.skip(index);
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const layout = { memo: cacheDir === null ? null : layoutMemo(cacheDir) };
  hooks.onExtracted?.();
  // What the extraction left in the main thread is collected before the graph's objects are made beside it.
  heap?.collect();
  const merged = merger.finish(() => heap?.check());
  heap?.check(); // the merger's drafts are garbage now: collected before the graph is made from them
  const graph = toGraph(merged, { name: options.name ?? 'turngraph', layout });
  const pruned = cacheDir === null || cacheVersion === null ? null : pruneCache(cacheDir, { version: cacheVersion, layout: layoutFolder(), documents: inputs.length });
  return { graph, diagnostics: diagnostics.flat(), documents: inputs.length - skipped.length, skipped, reused, extracted, workers, pruned };
}
