// Tests for src/build/spool.ts and the spooled build: turn texts kept in a temporary file read back exactly, and a
// build that spools them writes the bytes of one that keeps them in memory.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { buildCorpus } from '../../src/build/corpus.ts';
import { TextSpool } from '../../src/build/spool.ts';
import { writeGraphFileStreaming } from '../../src/build/write.ts';
import { toGraphJSON } from '../../src/graph/io.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-spool-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('TextSpool', () => {
  it('gives back every text exactly, in any order, across its buffers, and leaves no file behind', () => {
    const dir = mkdtempSync(join(root, 'files-'));
    const spool = new TextSpool(dir);
    expect(readdirSync(dir)).toEqual([]);
    const texts: string[] = ['', 'plain ASCII', '陶哲轩谈 FrontierMath 与 o3', 'emoji 🧠 and a surrogate pair 𝔸', '中'.repeat(700_000)];
    for (let i = 0; i < 6000; i++) texts.push(`${i} ${i % 3 ? 'turn text' : '第几轮对话'} ${'x'.repeat(i % 400)}`);
    const refs: number[] = [];
    texts.forEach((text, i) => {
      refs.push(spool.put(text));
      // Reads while writing: the newest text is still in the write buffer, an old one on disk.
      if (i % 997 === 0) {
        expect(spool.get(refs[i])).toBe(text);
        expect(spool.get(refs[i >> 1])).toBe(texts[i >> 1]);
      }
    });
    expect(refs).toEqual(texts.map((_, i) => i));
    for (let i = 0; i < texts.length; i++) expect(spool.get(i)).toBe(texts[i]);
    for (let i = texts.length - 1; i >= 0; i -= 7) expect(spool.get(i)).toBe(texts[i]);
    expect(() => spool.get(texts.length)).toThrow(RangeError);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a spooled build', () => {
  it('stops with one clear line when the temporary folder cannot be written', async () => {
    const corpus = join(root, 'small');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.md'), '主持人：你好，陶哲轩。\n\n陶哲轩：你好。');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = join(root, 'no-such-folder');
    try {
      await expect(buildCorpus([corpus], { cacheDir: null, workers: 1, spoolFromBytes: 0 })).rejects.toThrow(
        /^turngraph build: cannot keep turn texts in the temporary folder .*no-such-folder \(ENOENT\); set TMPDIR to a folder with free space$/,
      );
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('writes the same bytes as one keeping turn texts in memory, with worker threads and the cache', async () => {
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    for (const doc of generateCorpus({ docs: 10, lang: 'mixed', seed: 8, sizeBytes: 10 * 8_000 })) writeFileSync(join(corpus, doc.name), doc.text);
    const options = { name: 't', minBytesPerWorker: 0, workers: 2 };
    const inMemory = await buildCorpus([corpus], { ...options, cacheDir: null, spoolFromBytes: Infinity });
    const cache = join(root, 'cache');
    await buildCorpus([corpus], { ...options, cacheDir: cache, spoolFromBytes: 0 }); // fills the cache
    const spooled = await buildCorpus([corpus], { ...options, cacheDir: cache, spoolFromBytes: 0 });
    expect(spooled.reused).toBe(10);
    const spooledFromWorkers = await buildCorpus([corpus], { ...options, cacheDir: null, spoolFromBytes: 0 });

    const expected = toGraphJSON(inMemory.graph);
    expect(expected.length).toBeGreaterThan(50_000);
    expect(toGraphJSON(spooled.graph)).toBe(expected);
    expect(toGraphJSON(spooledFromWorkers.graph)).toBe(expected);
    const file = join(root, 'spooled.json');
    writeGraphFileStreaming(file, spooledFromWorkers.graph);
    expect(readFileSync(file, 'utf8') === expected).toBe(true); // the streaming writer: same bytes, newline included
    // A reader of the graph sees the texts: every mention's span lies in its turn's text.
    const turns = new Map(spooled.graph.getAttribute('turns').map((turn) => [turn.id, turn.text]));
    let mentions = 0;
    spooled.graph.forEachNode((_, attributes) => {
      for (const span of attributes.mentions) {
        expect(span.end).toBeLessThanOrEqual(turns.get(span.turn)!.length);
        mentions++;
      }
    });
    expect(mentions).toBeGreaterThan(100);
  });
});
