// Tests for parallel, incremental builds (src/build/parallel.ts, corpus.ts): worker threads and the cache change
// how fast a graph is built, never its bytes; a bad file in a folder is skipped (or, --strict, reported as a
// sequential build does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type CorpusOptions } from '../../bench/corpus-lib.ts';
import { EN_ORG_STEMS, EN_ORG_SUFFIX } from '../../bench/vocab.ts';
import { expectSameBytes } from './same-bytes.ts';
import { buildCorpus, type CorpusBuildOptions } from '../../src/build/corpus.ts';
import { toGraphJSON } from '../../src/graph/io.ts';
import { TurngraphError } from '../../extract/errors.ts';

const CORPUS: CorpusOptions = { docs: 12, lang: 'mixed', seed: 5, sizeBytes: 12 * 6_000 };
let root: string;
let corpus: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-parallel-'));
  corpus = join(root, 'corpus');
  writeCorpus(corpus);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeCorpus(dir: string): void {
  mkdirSync(join(dir, 'nested'), { recursive: true });
  let i = 0;
  for (const doc of generateCorpus(CORPUS)) {
    writeFileSync(join(dir, i++ % 4 === 3 ? 'nested' : '.', doc.name), doc.text);
  }
}

async function build(options: Partial<CorpusBuildOptions>) {
  const result = await buildCorpus([corpus], { name: 'test', minBytesPerWorker: 0, ...options });
  return { ...result, json: toGraphJSON(result.graph) };
}

describe('worker threads', () => {
  it('give the same bytes as a single-threaded build', async () => {
    const single = await build({ workers: 1, cacheDir: null });
    const parallel = await build({ workers: 2, cacheDir: null });
    expect(single.workers).toBe(1);
    expect(parallel.workers).toBe(2);
    expect(single.documents).toBe(12);
    expectSameBytes(parallel.json, single.json);
    expect(single.graph.order).toBeGreaterThan(20);
  });

  it('skip the files of a folder that cannot be read, giving the graph of the folder without them', async () => {
    const bad = mkdtempSync(join(root, 'skip-'));
    writeCorpus(bad);
    writeFileSync(join(bad, 'synth-00004.en.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(bad, 'nested', 'synth-00007.en.md'), '');
    writeFileSync(join(bad, 'synth-00008.mixed.md'), Buffer.from('Caf\x81 au lait', 'latin1'));
    const without = mkdtempSync(join(root, 'without-'));
    writeCorpus(without);
    for (const name of ['synth-00004.en.md', 'nested/synth-00007.en.md', 'synth-00008.mixed.md']) rmSync(join(without, name));
    const expected = toGraphJSON((await buildCorpus([without], { name: 'test', workers: 1, cacheDir: null })).graph);
    for (const workers of [1, 2, 3]) {
      const result = await buildCorpus([bad], { name: 'test', workers, cacheDir: null, minBytesPerWorker: 0 });
      expect(result.skipped.map(({ path, reason }) => [path.slice(bad.length + 1), reason])).toEqual([
        ['nested/synth-00007.en.md', 'file is empty'],
        ['synth-00004.en.md', expect.stringMatching(/^binary file/)],
        ['synth-00008.mixed.md', expect.stringMatching(/UTF-8/)],
      ]);
      expect(result.documents).toBe(9);
      expectSameBytes(toGraphJSON(result.graph).replaceAll(bad, without), expected); // the folder's name is in each source
    }
  });

  it('stop when no file of the folder can be read, with the first one\'s error', async () => {
    const bad = mkdtempSync(join(root, 'all-bad-'));
    writeFileSync(join(bad, 'a.md'), '');
    writeFileSync(join(bad, 'b.md'), Buffer.from([0, 1, 2]));
    await expect(buildCorpus([bad], { name: 't', workers: 1, cacheDir: null })).rejects.toThrow(/^turngraph read: .*a\.md: file is empty$/);
  });

  it('report the earliest bad file with its one-line message under strict, as a sequential build does', async () => {
    const bad = mkdtempSync(join(root, 'bad-'));
    writeCorpus(bad);
    writeFileSync(join(bad, 'synth-00004.en.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(bad, 'synth-00008.zh.md'), '');
    for (const workers of [1, 2]) {
      const attempt = buildCorpus([bad], { name: 't', workers, cacheDir: null, minBytesPerWorker: 0, strict: true });
      await expect(attempt).rejects.toBeInstanceOf(TurngraphError);
      await expect(attempt).rejects.toThrow(/^turngraph read: .*synth-00004\.en\.md: binary file/);
    }
  });

  it('report the earliest bad file under strict even when a larger bad file after it is extracted first', async () => {
    const bad = mkdtempSync(join(root, 'bad-order-'));
    writeCorpus(bad);
    writeFileSync(join(bad, 'synth-00001.en.md'), ''); // small: dispatched last of all
    writeFileSync(join(bad, 'synth-00010.zh.md'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), Buffer.alloc(300_000, 7)])); // largest: first
    for (const workers of [1, 2, 3]) {
      const attempt = buildCorpus([bad], { name: 't', workers, cacheDir: null, minBytesPerWorker: 0, strict: true });
      await expect(attempt).rejects.toThrow(/^turngraph read: .*synth-00001\.en\.md: .*empty/);
    }
  });
});

describe('incremental cache', () => {
  it('reuses every unchanged document and re-extracts only the edited one, giving the bytes of a full build', async () => {
    const cacheDir = join(root, 'cache-a');
    const first = await build({ workers: 2, cacheDir });
    expect(first.extracted).toBe(12);
    expect(first.reused).toBe(0);

    const again = await build({ workers: 2, cacheDir });
    expect(again.reused).toBe(12);
    expectSameBytes(again.json, first.json);

    appendFileSync(join(corpus, 'synth-00005.mixed.md'), '\n**Guest:** 最后补充一句：Anthropic发布了Claude 3.5 Sonnet。\n');
    try {
      const incremental = await build({ workers: 2, cacheDir });
      expect(incremental.extracted).toBe(1);
      expect(incremental.reused).toBe(11);
      // the edited document went to a worker thread while the main thread read the 11 cached ones
      expect(incremental.workers).toBe(2);
      const full = await build({ workers: 1, cacheDir: null });
      expectSameBytes(incremental.json, full.json);
      expect(incremental.json).not.toBe(first.json);
    } finally {
      writeCorpus(corpus); // restore the original text for the other tests
    }
  });

  it('misses when the user lexicon changes, and uses it', async () => {
    const cacheDir = join(root, 'cache-b');
    const lexicon = join(root, 'extra-lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ entries: [] }));
    const before = await build({ workers: 1, cacheDir, lexiconFiles: [lexicon] });
    expect(before.extracted).toBe(12);
    expect((await build({ workers: 1, cacheDir, lexiconFiles: [lexicon] })).reused).toBe(12);
    // an invented company of the generated corpus, now declared in the user's lexicon under another label
    const text = [...generateCorpus(CORPUS)].map((d) => d.text).join('\n');
    const company = EN_ORG_STEMS.flatMap((stem) => EN_ORG_SUFFIX.map((suffix) => `${stem} ${suffix}`)).find((name) => text.includes(name))!;
    writeFileSync(lexicon, JSON.stringify({ entries: [{ label: 'Quarry Robotics', type: 'organization', aliases: [company] }] }));
    const after = await build({ workers: 1, cacheDir, lexiconFiles: [lexicon] });
    expect(after.extracted).toBe(12);
    const quarry = after.graph.filterNodes((_, attrs) => attrs.label === 'Quarry Robotics');
    expect(quarry).toHaveLength(1);
    expect(after.graph.getNodeAttribute(quarry[0], 'type')).toBe('organization');
  });

  it('reuses the cache for the same files in another folder, with the new paths in the graph', async () => {
    const cacheDir = join(root, 'cache-moved');
    await build({ workers: 1, cacheDir });
    const moved = join(root, 'moved-corpus');
    cpSync(corpus, moved, { recursive: true });
    const options = { name: 'test', minBytesPerWorker: 0, workers: 1 };
    const fromCache = await buildCorpus([moved], { ...options, cacheDir });
    expect(fromCache.reused).toBe(12);
    expect(fromCache.graph.getAttribute('documents').every((d) => d.source.startsWith(moved))).toBe(true);
    expectSameBytes(toGraphJSON(fromCache.graph), toGraphJSON((await buildCorpus([moved], { ...options, cacheDir: null })).graph));
  });

  it.each([1, 2])('survives a corrupt cache entry by extracting that document again (%i threads)', async (workers) => {
    const cacheDir = join(root, `cache-c${workers}`);
    const first = await build({ workers, cacheDir });
    const versionDir = join(cacheDir, readdirSync(cacheDir).find((name) => !name.startsWith('layout-'))!);
    const shard = readdirSync(versionDir)[0];
    const entry = readdirSync(join(versionDir, shard))[0];
    writeFileSync(join(versionDir, shard, entry), '{"truncated": ');
    const second = await build({ workers, cacheDir });
    expect(second.extracted).toBe(1);
    expectSameBytes(second.json, first.json);
  });
});

describe('layout memo', () => {
  it('keeps ForceAtlas2 positions in the cache, reused by the next build with the same bytes', async () => {
    const cacheDir = join(root, 'cache-d');
    const first = await build({ workers: 1, cacheDir });
    const layoutDir = readdirSync(cacheDir).find((name) => name.startsWith('layout-'));
    expect(layoutDir).toBeDefined();
    const entries = () => readdirSync(join(cacheDir, layoutDir!), { recursive: true }).filter((name) => String(name).endsWith('.json'));
    expect(entries()).toHaveLength(1);
    const second = await build({ workers: 1, cacheDir });
    expect(entries()).toHaveLength(1); // a hit: nothing new computed
    expectSameBytes(second.json, first.json);
    expectSameBytes(second.json, (await build({ workers: 1, cacheDir: null })).json);
  });

  it('ignores a corrupt memo entry and computes the layout again', async () => {
    const cacheDir = join(root, 'cache-e');
    const first = await build({ workers: 1, cacheDir });
    const layoutDir = join(cacheDir, readdirSync(cacheDir).find((name) => name.startsWith('layout-'))!);
    const [entry] = readdirSync(layoutDir, { recursive: true }).map(String).filter((name) => name.endsWith('.json'));
    writeFileSync(join(layoutDir, entry), '[1, 2, "x"]');
    expectSameBytes((await build({ workers: 1, cacheDir })).json, first.json);
  });
});

describe('duplicate file names in different folders', () => {
  it('get distinct document ids in input order, with workers or without', async () => {
    const dir = mkdtempSync(join(root, 'dupes-'));
    for (const sub of ['2023', '2024']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'episode.md'), `**Host:** Welcome to ${sub}. OpenAI released o3.\n\n**Guest:** Thanks.\n`);
    }
    for (const workers of [1, 2]) {
      const result = await buildCorpus([dir], { name: 't', workers, cacheDir: null, minBytesPerWorker: 0 });
      expect(result.graph.getAttribute('documents').map((d) => d.id)).toEqual(['episode', 'episode-2']);
    }
  });
});
