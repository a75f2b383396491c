// Run by memory.test.ts in a process of its own (node --expose-gc --import tsx), so that nothing but a build
// worker's job allocates: extracts DOCS generated documents one after another, as a worker does, and prints as JSON
// the heap in use after collection when document WARM is done and when the last is done.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { JobRunner } from '../../src/build/job.ts';
import { heapAfterGc } from './heap-after-gc.ts';

const [docs, warmAt] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !(docs > warmAt && warmAt > 0)) throw new Error('usage: node --expose-gc --import tsx worker-heap.ts DOCS WARM');


const dir = mkdtempSync(join(tmpdir(), 'tg-memory-'));
try {
  const paths: string[] = [];
  const sizes: number[] = [];
  for (const doc of generateCorpus({ docs, lang: 'mixed', seed: 12, sizeBytes: docs * 50_000 })) {
    const path = join(dir, doc.name);
    writeFileSync(path, doc.text);
    paths.push(path);
    sizes.push(Buffer.byteLength(doc.text));
  }
  const runner = new JobRunner({ lexiconFiles: [], cache: null });
  let warm = 0;
  let mentions = 0; // mention positions in the results: three numbers each
  let bytes = 0;
  paths.forEach((path, index) => {
    const { contribution } = runner.run({ index, path, id: `doc-${index}` }); // result dropped, as a worker posts it away
    for (const entity of contribution!.entities) mentions += entity.mentions.length / 3;
    if (index >= warmAt) bytes += sizes[index];
    if (index === warmAt - 1) warm = heapAfterGc(); // the pipeline's own memo tables fill up over the first documents
  });
  console.log(JSON.stringify({ warm, end: heapAfterGc(), mentions, bytesAfterWarm: bytes }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

