// `turngraph build` without --watch, from transcripts to a graph file: nothing to do when the file is up to date
// (stamp.ts); a patch of the last build's file when a few transcripts changed (patch.ts); else a full build, cached
// and parallel (corpus.ts), written through a temporary file. The CLI prints what this returns.
import type { Diagnostic } from '../../extract/types.ts';
import type { KnowledgeGraph } from '../model.ts';
import { buildCorpus, buildDiscovered, type CorpusBuildHooks, type CorpusBuildOptions } from './corpus.ts';
import { discoverInputs } from './discover.ts';
import { jobEnvironment, planJobs, validateExtractAllOptions, type SkippedDocument } from './parallel.ts';
import type { JobEnvironment } from './job.ts';
import { documentKeys, patchBuild, patchRecorded, PatchRecorder } from './patch.ts';
import { ExtractorThread } from './pool.ts';
import { buildKey, recordBuild, setupKey, upToDate } from './stamp.ts';
import { buildFacts, type BuildFacts } from './summary.ts';
import { writeGraphFileStreaming } from './write.ts';

export type GraphFileBuild =
  | { kind: 'up-to-date'; documents: number }
  | {
      kind: 'patched' | 'built';
      facts: BuildFacts;
      diagnostics: Diagnostic[];
      /** Documents extracted by this build, and those read from the cache. */
      extracted: number;
      reused: number;
      workers: number;
      skipped: SkippedDocument[];
      /** Why a cached build could not patch the last file (a full build then ran); null when it did, or had none to patch. */
      declined: string | null;
      /** The graph, after a full build (a patch never makes it). */
      graph: KnowledgeGraph | null;
    };

export async function buildGraphFile(files: string[], out: string, settings: Partial<CorpusBuildOptions> & { name: string }, hooks: CorpusBuildHooks = {}): Promise<GraphFileBuild> {
  const cacheDir = settings.cacheDir === undefined ? null : settings.cacheDir;
  // With a record of the last build, a patch is likely: an extractor thread loads the lexicon and rules (a third
  // of extracting one transcript in a fresh process) while this one reads and hashes every transcript to find what
  // changed. One thread only when the build may use two.
  const options = validateExtractAllOptions(settings);
  const env = jobEnvironment(options);
  const thread = cacheDir !== null && options.workers > 1 && patchRecorded(cacheDir, out) ? new ExtractorThread(env) : null;
  try {
    return await buildOrPatch(files, out, settings, hooks, cacheDir, env, thread);
  } finally {
    thread?.close();
  }
}

async function buildOrPatch(files: string[], out: string, settings: Partial<CorpusBuildOptions> & { name: string }, hooks: CorpusBuildHooks, cacheDir: string | null, env: JobEnvironment, thread: ExtractorThread | null): Promise<GraphFileBuild> {
  // Nothing changed since this file was written by a cached build: nothing to do.
  const inputs = cacheDir === null ? [] : discoverInputs(files);
  const jobs = planJobs(inputs, settings.strict);
  // Each document's cache key, from its bytes (read once here); null when one cannot be read (the build says why).
  const keys = cacheDir === null ? null : documentKeys(jobs);
  const setup = keys ? setupKey({ lexiconFiles: [], ruleFiles: [], ...settings }) : '';
  const key = keys ? buildKey(jobs, keys, setup) : null;
  if (key && upToDate(cacheDir!, out, key)) return { kind: 'up-to-date', documents: inputs.length };
  if (key) hooks.onStart?.(inputs); // told once: buildCorpus is not told again below
  // A few transcripts edited since then: their records are spliced into the file when the layout's input stays.
  const patch = keys ? await patchBuild(out, jobs, keys, env, setup, thread) : null;
  thread?.close(); // a full build runs its own threads
  if (patch?.patched) {
    recordBuild(cacheDir!, out, key!);
    return { kind: 'patched', facts: patch.facts, diagnostics: patch.warnings, extracted: patch.extracted, reused: patch.reused, workers: 1, skipped: [], declined: null, graph: null };
  }
  const recorder = key ? new PatchRecorder(jobs) : null;
  const onContribution = recorder ? (index: number, contribution: Parameters<PatchRecorder['add']>[1], cacheKey: string | null) => recorder.add(index, contribution, cacheKey) : undefined;
  const corpusHooks = { ...hooks, onStart: key ? undefined : hooks.onStart, onContribution };
  // The inputs found above (to hash them) are the ones built: the folders are not walked twice.
  const result = await (cacheDir === null ? buildCorpus(files, settings, corpusHooks) : buildDiscovered(inputs, settings, corpusHooks));
  hooks.onMerged?.();
  writeGraphFileStreaming(out, result.graph, null, recorder?.offsets ?? null);
  // With documents skipped the next run builds again (from the cache), so it tries them and warns again.
  if (key && !result.skipped.length) {
    recordBuild(cacheDir!, out, key);
    recorder!.save(cacheDir!, out, result.graph, setup);
  }
  // Documents the patch attempt extracted are in the cache now: this build extracted them all the same.
  const early = patch && !patch.patched ? Math.min(patch.extracted, result.reused) : 0;
  return {
    kind: 'built', facts: buildFacts(result.graph), diagnostics: result.diagnostics, extracted: result.extracted + early, reused: result.reused - early, workers: result.workers,
    skipped: result.skipped, declined: patch && !patch.patched ? patch.reason : null, graph: result.graph,
  };
}
