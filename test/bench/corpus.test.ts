// Tests for the synthetic corpus generator (bench/corpus-lib.ts) and its CLI (bench/corpus.ts):
// deterministic for a seed, the requested size and language, and transcripts the pipeline can parse.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateCorpus, generateDocument, type CorpusOptions } from '../../bench/corpus-lib.ts';

const corpus = (o: CorpusOptions) => [...generateCorpus(o)];
const HAN = /\p{Script=Han}/gu;
const hanShare = (text: string) => (text.match(HAN)?.length ?? 0) / text.replace(/\s/g, '').length;

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed and different text for another seed', () => {
    const options: CorpusOptions = { docs: 6, lang: 'mixed', seed: 7, sizeBytes: 120_000 };
    const a = corpus(options);
    const b = corpus(options);
    expect(a.map((d) => d.text)).toEqual(b.map((d) => d.text));
    expect(a.map((d) => d.name)).toEqual(b.map((d) => d.name));
    const other = corpus({ ...options, seed: 8 });
    expect(other.map((d) => d.text)).not.toEqual(a.map((d) => d.text));
  });

  it('generates one document without the others (random access gives the same document)', () => {
    const options: CorpusOptions = { docs: 20, lang: 'zh', seed: 3 };
    expect(generateDocument(13, options).text).toBe(corpus(options)[13].text);
  });

  it.each([
    [10, 500_000],
    [3, 3_000_000],
  ])('hits the requested size: %i docs, %i bytes within 3 percent', (docs, sizeBytes) => {
    const total = corpus({ docs, lang: 'mixed', seed: 1, sizeBytes }).reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    expect(Math.abs(total - sizeBytes) / sizeBytes).toBeLessThan(0.03);
  });

  it('writes Chinese for zh, English for en, and all three kinds for mixed', () => {
    for (const doc of corpus({ docs: 4, lang: 'zh', seed: 2 })) expect(hanShare(doc.text)).toBeGreaterThan(0.5);
    for (const doc of corpus({ docs: 4, lang: 'en', seed: 2 })) expect(hanShare(doc.text)).toBe(0);
    const mixed = corpus({ docs: 6, lang: 'mixed', seed: 2 });
    expect(new Set(mixed.map((d) => d.lang))).toEqual(new Set(['zh', 'en', 'mixed']));
    const codeSwitched = mixed.filter((d) => d.lang === 'mixed');
    for (const doc of codeSwitched) {
      expect(hanShare(doc.text)).toBeGreaterThan(0.1);
      expect(doc.text).toMatch(/[A-Za-z]{4,} [a-z]{2,} [a-z]{2,}/); // whole English sentences inside
    }
  });

  it('rejects impossible options with a message naming the option', () => {
    expect(() => corpus({ docs: 0, lang: 'zh', seed: 1 })).toThrow(/--docs/);
    expect(() => corpus({ docs: 2, lang: 'fr' as 'zh', seed: 1 })).toThrow(/--lang/);
    expect(() => corpus({ docs: 100, lang: 'zh', seed: 1, sizeBytes: 10_000 })).toThrow(/--size/);
  });
});

describe('npm run bench:corpus', () => {
  it('writes the requested number of files of about the requested size, and fails clearly on bad options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-corpus-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/corpus.ts', '--docs', '5', '--lang', 'en', '--size', '0.25', '--out', dir, '--seed', '4'], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const files = readdirSync(dir).sort();
      expect(files).toHaveLength(5);
      expect(files[0]).toMatch(/^synth-00000\.en\.(md|txt)$/);
      const total = files.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
      expect(Math.abs(total - 0.25 * 1048576) / (0.25 * 1048576)).toBeLessThan(0.03);
      expect(readFileSync(join(dir, files[2]), 'utf8')).toBe(generateDocument(2, { docs: 5, lang: 'en', seed: 4, sizeBytes: Math.round(0.25 * 1048576) }).text);

      const bad = spawnSync(process.execPath, ['--import', 'tsx', 'bench/corpus.ts', '--docs', 'x', '--out', dir], { encoding: 'utf8' });
      expect(bad.status).not.toBe(0);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).toMatch(/--docs/);

      const help = spawnSync(process.execPath, ['--import', 'tsx', 'bench/corpus.ts', '--help'], { encoding: 'utf8' });
      expect(help.status).toBe(0);
      for (const option of ['--docs', '--lang', '--size', '--out', '--seed']) expect(help.stdout).toContain(option);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
