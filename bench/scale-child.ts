// One measured build for bench/scale.bench.ts, in its own process so its peak memory is its own:
// discover → extract (workers, cache) → merge + layout → streaming write; prints one JSON line of figures.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createMerger, toGraph } from '../extract/stages/assemble.ts';
import { discoverInputs } from '../src/build/discover.ts';
import { extractAll } from '../src/build/parallel.ts';
import { layoutMemo } from '../src/build/cache.ts';
import { heapGovernor } from '../src/build/heap.ts';
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
const inputs = discoverInputs([values.dir!]);
const bytes = inputs.reduce((n, input) => n + input.bytes, 0);
// As buildCorpus does; SCALE_DEFAULT_HEAP=1 leaves the heap to V8 alone.
const heap = process.env.SCALE_DEFAULT_HEAP ? null : heapGovernor(bytes);
const merger = createMerger();
const extraction = await extractAll(inputs, { workers: Number(values.workers), cacheDir: values.cache ?? null, minBytesPerWorker: 0 }, undefined, (index, contribution) => {
  merger.add(index, contribution);
  heap?.check();
});
const extracted = performance.now();
const mergedGraph = merger.finish();
heap?.check();
const graph = toGraph(mergedGraph, { name: 'scale', layout: { memo: values.cache ? layoutMemo(values.cache) : null } });
memory.sample();
const merged = performance.now();
writeGraphFileStreaming(values.out!, graph);
const written = performance.now();
memory.stop();
const figures: BuildFigures = {
  docs: inputs.length,
  bytes,
  workers: extraction.workers,
  extracted: extraction.extracted,
  reused: extraction.reused,
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
