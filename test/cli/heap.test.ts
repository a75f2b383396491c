// Tests for bin/heap.js smallBuild: which runs of `turngraph` stay in node's default heap (one process) and which
// re-run themselves with the larger heap a very large document needs (a second node start).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript module of the launcher, without types
import { smallBuild, VALUED } from '../../bin/heap.js';
import { Command } from 'commander';
import { registerBuild } from '../../src/cli/build.ts';

const HEAP_MB = 4096; // node's default on a 64-bit machine: files up to 8 MB, 128 MB in all
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'turngraph-heap-'));
  mkdirSync(join(dir, 'talks/2026'), { recursive: true });
  for (let i = 0; i < 30; i++) writeFileSync(join(dir, 'talks/2026', `talk-${i}.md`), 'Host: Hello.\n\nGuest: Hi.\n'.repeat(500));
  writeFileSync(join(dir, 'big.txt'), Buffer.alloc(9 * 2 ** 20, 'a'));
  writeFileSync(join(dir, 'graph.json'), Buffer.alloc(9 * 2 ** 20, 'a'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/heap.js smallBuild', () => {
  it('a one-shot build of a folder of transcripts stays in one process, its options and output file aside', () => {
    expect(smallBuild(['build', join(dir, 'talks'), '-o', join(dir, 'graph.json'), '--cache', join(dir, 'cache'), '--workers', '2', '-q'], HEAP_MB)).toBe(true);
    expect(smallBuild(['build', join(dir, 'talks/2026/talk-1.md'), join(dir, 'talks/2026/talk-2.md')], HEAP_MB)).toBe(true);
  });

  it('a document too large for the default heap, or too much text in all, re-runs with the larger heap', () => {
    expect(smallBuild(['build', join(dir, 'big.txt'), '-o', join(dir, 'out.json')], HEAP_MB)).toBe(false);
    expect(smallBuild(['build', dir], HEAP_MB)).toBe(false); // big.txt is in it
    expect(smallBuild(['build', join(dir, 'talks')], 8)).toBe(false); // 30 × 12.5 kB: over an 8 MB heap's 256 kB
  });

  it('every other command, --watch and a build with no input re-run as before', () => {
    for (const args of [['serve', join(dir, 'graph.json')], ['sync', join(dir, 'graph.json')], ['build', join(dir, 'talks'), '--watch'], ['build', '-w', join(dir, 'talks')], ['build'], []]) {
      expect(smallBuild(args, HEAP_MB)).toBe(false);
    }
  });

  it("knows every build option that takes a value, so an option's value is never taken for an input", () => {
    const program = new Command();
    registerBuild(program);
    const build = program.commands.find((command) => command.name() === 'build')!;
    const valued = build.options.filter((option) => option.required || option.optional).flatMap((option) => [option.short, option.long].filter(Boolean));
    expect(valued.length).toBeGreaterThan(5);
    expect([...VALUED].sort()).toEqual(valued.sort());
  });

  it('a path that does not exist is left to the build to report', () => {
    expect(smallBuild(['build', join(dir, 'missing.md')], HEAP_MB)).toBe(true);
  });
});
