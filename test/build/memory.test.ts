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
  it('holds no more after 40 documents (2 MB) than after 5: growth under a third of the text it read since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-memory-'));
    try {
      const paths: string[] = [];
      for (const doc of generateCorpus({ docs: 40, lang: 'mixed', seed: 12, sizeBytes: 40 * 50_000 })) {
        const path = join(dir, doc.name);
        writeFileSync(path, doc.text);
        paths.push(path);
      }
      const runner = new JobRunner({ lexiconFiles: [], cache: null });
      let afterFive = 0;
      let mentions = 0;
      paths.forEach((path, index) => {
        mentions += runner.run({ index, path, id: `doc-${index}` }).extraction.mentions.length; // result dropped, as a worker posts it away
        if (index === 4) afterFive = heapAfterGc();
      });
      const growth = heapAfterGc() - afterFive;
      expect(mentions).toBeGreaterThan(10_000); // real work was done
      // the 35 later documents are 1.7 MB of UTF-8; keeping just their turn texts adds about 1.4 MB of heap here,
      // keeping their extractions about 30 MB
      expect(growth).toBeLessThan(512 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
