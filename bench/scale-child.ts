// One measured build for bench/scale.bench.ts, in its own process so its peak memory is its own:
// buildCorpus (discover → extract with workers and cache → merge + layout) → streaming write, or with --file
// `turngraph build`'s whole path (src/build/file.ts); one JSON line of figures.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { buildCorpus, type CorpusBuildHooks } from '../src/build/corpus.ts';
import { buildGraphFile } from '../src/build/file.ts';
import { writeGraphFileStreaming } from '../src/build/write.ts';
import { PeakMemory, mainThreadCpuSeconds, maxRssBytes, processCpuSeconds } from './measure.ts';

export interface BuildFigures {
  /** built, or patched (src/build/patch.ts: the last graph file patched in place, with --file). */
  kind: string;
  docs: number;
  bytes: number;
  workers: number;
  extracted: number;
  reused: number;
  extractSeconds: number;
  graphSeconds: number;
  writeSeconds: number;
  totalSeconds: number;
  peakRss: number;
  maxRss: number;
  nodes: number;
  edges: number;
  /** CPU seconds of all threads (main, workers, V8's collector and compiler threads) during extraction. */
  extractCpuSeconds: number;
  /** ...and of the main thread alone (NaN where /proc is missing). */
  extractMainCpuSeconds: number;
  /** 1-minute load average at the end (2 cores: above 2 the figures are slowed by other processes). */
  load: number;
}

const { values } = parseArgs({
  options: { dir: { type: 'string' }, workers: { type: 'string', default: '1' }, cache: { type: 'string' }, out: { type: 'string' }, file: { type: 'boolean', default: false } },
});
const memory = new PeakMemory().start(25);
const started = performance.now();
let extracted = NaN;
let extractCpu = NaN;
let extractMainCpu = NaN;
const cpuAtStart = processCpuSeconds();
const mainCpuAtStart = mainThreadCpuSeconds();
let merged = NaN;
let bytes = 0;
// The build the CLI runs (heap governor, text spool, cache pruning); only the hooks are the bench's. With --file, all
// of `turngraph build` as the CLI runs it (src/build/file.ts): the up-to-date check, a patch of the last file when
// it can, else the full build, written, with its stamp and patch record.
const settings = { workers: Number(values.workers), cacheDir: values.cache ?? null, minBytesPerWorker: 0, name: 'scale' };
const hooks: CorpusBuildHooks = {
  onStart: (inputs) => {
    bytes = inputs.reduce((n, input) => n + input.bytes, 0);
  },
  onExtracted: () => {
    extracted = performance.now();
    extractCpu = processCpuSeconds() - cpuAtStart;
    extractMainCpu = mainThreadCpuSeconds() - mainCpuAtStart;
  },
  onMerged: () => {
    merged = performance.now();
  },
};
let kind = 'built';
let counts: { documents: number; workers: number; extracted: number; reused: number; nodes: number; edges: number };
if (values.file) {
  const result = await buildGraphFile([values.dir!], values.out!, settings, hooks);
  if (result.kind === 'up-to-date') throw new Error('the graph file was up to date: nothing was built');
  kind = result.kind;
  const edges = [...result.facts.relations.values()].reduce((n, count) => n + count, 0);
  counts = { documents: result.facts.documents.length, workers: result.workers, extracted: result.extracted, reused: result.reused, nodes: result.facts.order, edges };
} else {
  const result = await buildCorpus([values.dir!], settings, hooks);
  memory.sample();
  merged = performance.now();
  writeGraphFileStreaming(values.out!, result.graph);
  counts = { documents: result.documents, workers: result.workers, extracted: result.extracted, reused: result.reused, nodes: result.graph.order, edges: result.graph.size };
}
const written = performance.now();
memory.stop();
if (!bytes) bytes = statSync(values.dir!).isDirectory() ? 0 : statSync(values.dir!).size; // a patch reads no inputs' list
const figures: BuildFigures = {
  kind,
  docs: counts.documents,
  bytes,
  workers: counts.workers,
  extracted: counts.extracted,
  reused: counts.reused,
  // A patch has no phases: its whole time is its "extraction" (the edited documents) and splicing.
  extractSeconds: ((Number.isNaN(extracted) ? written : extracted) - started) / 1000,
  graphSeconds: Number.isNaN(merged) ? 0 : (merged - extracted) / 1000,
  writeSeconds: Number.isNaN(merged) ? 0 : (written - merged) / 1000,
  totalSeconds: (written - started) / 1000,
  peakRss: memory.peakRss,
  maxRss: maxRssBytes(),
  nodes: counts.nodes,
  edges: counts.edges,
  extractCpuSeconds: extractCpu,
  extractMainCpuSeconds: extractMainCpu,
  load: loadavg()[0],
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
