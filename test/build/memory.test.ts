// Bounded memory while extracting (src/build/job.ts, as each worker runs it): after a document is done and sent
// on, nothing of it stays behind, so a worker's heap is bounded by the largest document, not by the corpus.
// The worker's job runs in a process of its own (worker-heap.ts): in the test runner's process, the runner's own
// allocations moved the figure by ±0.35 MB.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('a build worker', () => {
  it('holds no more after 72 documents than after 32: growth under 128 kB while it reads 2 MB more', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/build/worker-heap.ts', '72', '32'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { warm, end, mentions, bytesAfterWarm } = JSON.parse(run.stdout) as Record<string, number>;
    expect(mentions).toBeGreaterThan(10_000); // real work was done
    expect(bytesAfterWarm).toBeGreaterThan(1.9 * 1024 * 1024);
    // measured, compiled code left out: dropping results as a worker does, -0.27 MB from document 32 to 72 (the
    // same in every run). Keeping each document's parsed turn ids in a module-level table, as resolve.ts did until
    // session 14, gave +0.25 to +0.29 MB; keeping the 40 documents' turn texts would add about 2 MB more.
    expect(end - warm).toBeLessThan(128 * 1024);
  }, 300_000);
});

describe('the merged graph of a large build', () => {
  it('holds none of the transcripts its titles, labels and section names were cut from: growth under a quarter of 20 MB of them', () => {
    // A string cut from a longer one keeps all of it alive. Before the merger copied what it keeps (session 24), a
    // 40 MB build held every transcript's whole text by its title until the graph was written; here 21.8 MB.
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/build/merger-heap.ts', '20'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { before, after, textBytes, nodes } = JSON.parse(run.stdout) as Record<string, number>;
    expect(nodes).toBeGreaterThan(50); // the copies were merged into a graph
    expect(textBytes).toBeGreaterThan(20_000_000);
    expect(after - before).toBeLessThan(textBytes / 4);
  }, 300_000);
});
