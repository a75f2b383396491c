// Tests for src/build/prune.ts: the build cache stops growing. Old extractor versions and stale layout memos go,
// contributions unused for long go once they outnumber the documents, and what a build reads is kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { buildCorpus } from '../../src/build/corpus.ts';
import { pruneCache } from '../../src/build/prune.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 28);
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-prune-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A file (and its folders) last used `daysAgo` days before NOW. */
function file(path: string, daysAgo: number): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, '{}');
  const at = (NOW - daysAgo * DAY) / 1000;
  utimesSync(full, at, at);
  return full;
}

function age(path: string, daysAgo: number): void {
  const at = (NOW - daysAgo * DAY) / 1000;
  utimesSync(join(root, path), at, at);
}

const hex = (n: number, length: number) => n.toString(16).padStart(length, '0');
const version = (n: number) => hex(n + 0xabc, 20);
const layout = (n: number) => `layout-${hex(n + 0xdef, 16)}`;
const entry = (n: number) => `${hex(n, 2)}/${hex(n, 64)}.json`;

describe('pruneCache', () => {
  it('keeps the current version and the two most recently used others, and only the current layout memo', () => {
    for (const n of [1, 2, 3, 4]) file(`${version(n)}/${entry(n)}`, 0);
    [40, 3, 10, 1].forEach((days, i) => age(version(i + 1), days)); // version 4 used a day ago, 2 three days ago
    file(`${layout(1)}/${entry(1)}`, 0);
    file(`${layout(2)}/${entry(2)}`, 0);
    file('notes.txt', 400); // not the cache's: never touched
    const result = pruneCache(root, { version: version(1), layout: layout(2), documents: 1 }, {}, NOW);
    expect(readdirSync(root).sort()).toEqual([version(1), version(2), version(4), layout(2), 'notes.txt'].sort());
    expect(result.folders).toBe(2);
  });

  it('removes contributions unused for two weeks once they outnumber the documents, and old temporary files', () => {
    const stale = [1, 2, 3].map((n) => file(`${version(0)}/${entry(n)}`, 20));
    const fresh = [4, 5].map((n) => file(`${version(0)}/${entry(n)}`, 2));
    const temporary = file(`${version(0)}/01/x.json.123.abc.tmp`, 1);
    const result = pruneCache(root, { version: version(0), layout: layout(0), documents: 2 }, {}, NOW);
    expect(stale.some(existsSync)).toBe(false);
    expect(fresh.every(existsSync)).toBe(true);
    expect(existsSync(temporary)).toBe(false);
    expect(result.entries).toBe(4);
  });

  it('leaves old contributions alone while there are not many more than documents (another corpus may share it)', () => {
    const old = [1, 2].map((n) => file(`${version(0)}/${entry(n)}`, 90));
    pruneCache(root, { version: version(0), layout: layout(0), documents: 2 }, {}, NOW);
    expect(old.every(existsSync)).toBe(true);
  });

  it('keeps the eight most recently used layout memos', () => {
    const memos = Array.from({ length: 11 }, (_, n) => file(`${layout(0)}/${entry(n)}`, n));
    pruneCache(root, { version: version(0), layout: layout(0), documents: 1 }, {}, NOW);
    expect(memos.map(existsSync)).toEqual([...Array(8).fill(true), false, false, false]);
  });
});

describe('a build', () => {
  it('marks what it reads as used, so a document unchanged for months keeps its cache entry', async () => {
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    for (const doc of generateCorpus({ docs: 3, lang: 'en', seed: 2, sizeBytes: 3 * 3_000 })) writeFileSync(join(corpus, doc.name), doc.text);
    const cacheDir = join(root, 'cache');
    const options = { name: 'test', workers: 1, cacheDir };
    await buildCorpus([corpus], options);
    const versionDir = readdirSync(cacheDir).find((name) => !name.startsWith('layout-'))!;
    const entries = readdirSync(join(cacheDir, versionDir)).flatMap((shard) => readdirSync(join(cacheDir, versionDir, shard)).map((name) => join(cacheDir, versionDir, shard, name)));
    expect(entries).toHaveLength(3);
    const longAgo = (Date.now() - 100 * DAY) / 1000;
    for (const path of entries) utimesSync(path, longAgo, longAgo);
    writeFileSync(join(corpus, 'added.md'), '**Host:** A new one about OpenAI.\n\n**Guest:** And Anthropic.\n');
    const again = await buildCorpus([corpus], options);
    expect(again.reused).toBe(3);
    expect(entries.every((path) => statSync(path).mtimeMs > Date.now() - DAY)).toBe(true);
    expect(again.pruned).toEqual({ entries: 0, folders: 0 });
  });
});
