// One measured build for bench/scale.bench.ts, in its own process so its peak memory is its own:
// buildCorpus (discover → extract with workers and cache → merge + layout) → streaming write; one JSON line of figures.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../src/build/corpus.ts';
import { writeGraphFileStreaming } from '../src/build/write.ts';
import { PeakMemory, maxRssBytes } from './measure.ts';

export interface BuildFigures {
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
  /** 1-minute load average at the end (2 cores: above 2 the figures are slowed by other processes). */
  load: number;
}

const { values } = parseArgs({
  options: { dir: { type: 'string' }, workers: { type: 'string', default: '1' }, cache: { type: 'string' }, out: { type: 'string' } },
});
const memory = new PeakMemory().start(25);
const started = performance.now();
let extracted = started;
let bytes = 0;
// The build the CLI runs (heap governor, text spool, cache pruning); only the hooks are the bench's.
const result = await buildCorpus([values.dir!], { workers: Number(values.workers), cacheDir: values.cache ?? null, minBytesPerWorker: 0, name: 'scale' }, {
  onStart: (inputs) => {
    bytes = inputs.reduce((n, input) => n + input.bytes, 0);
  },
  onExtracted: () => {
    extracted = performance.now();
  },
});
const graph = result.graph;
memory.sample();
const merged = performance.now();
writeGraphFileStreaming(values.out!, graph);
const written = performance.now();
memory.stop();
const figures: BuildFigures = {
  docs: result.documents,
  bytes,
  workers: result.workers,
  extracted: result.extracted,
  reused: result.reused,
  extractSeconds: (extracted - started) / 1000,
  graphSeconds: (merged - extracted) / 1000,
  writeSeconds: (written - merged) / 1000,
  totalSeconds: (written - started) / 1000,
  peakRss: memory.peakRss,
  maxRss: maxRssBytes(),
  nodes: graph.order,
  edges: graph.size,
  load: loadavg()[0],
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
