// Bounded memory while extracting (src/build/job.ts, as each worker runs it): after a document is done and sent
// on, nothing of it stays behind, so a worker's heap is bounded by the largest document, not by the corpus.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { JobRunner } from '../../src/build/job.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('a build worker', () => {
  it('holds no more after 56 documents than after 16: growth under 1.25 MB while it reads 2 MB more', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-memory-'));
    try {
      const paths: string[] = [];
      for (const doc of generateCorpus({ docs: 56, lang: 'mixed', seed: 12, sizeBytes: 56 * 50_000 })) {
        const path = join(dir, doc.name);
        writeFileSync(path, doc.text);
        paths.push(path);
      }
      const runner = new JobRunner({ lexiconFiles: [], cache: null });
      let warm = 0;
      let mentions = 0; // mention positions in the results: three numbers each
      paths.forEach((path, index) => {
        const { contribution } = runner.run({ index, path, id: `doc-${index}` }); // result dropped, as a worker posts it away
        for (const entity of contribution!.entities) mentions += entity.mentions.length / 3;
        if (index === 15) warm = heapAfterGc(); // the pipeline's own memo tables fill up over the first documents
      });
      const growth = heapAfterGc() - warm;
      expect(mentions).toBeGreaterThan(10_000); // real work was done
      // measured: dropping results as a worker does, +0.15 MB from document 16 to 56 (then flat); keeping just the
      // turn texts of those 40 documents (2 MB of UTF-8) adds about 2 MB more, keeping their extractions about 35 MB
      // (0.87 MB was once seen on a busy machine: memo tables fill unevenly; 1.25 MB still catches kept texts)
      expect(growth).toBeLessThan(1.25 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
