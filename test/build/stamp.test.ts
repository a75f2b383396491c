// Tests for the up-to-date stamp (src/build/stamp.ts) where the CLI tests cannot reach: a stamp that cannot be
// written costs a full build next time and leaves nothing behind in the cache.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordBuild, upToDate } from '../../src/build/stamp.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-stamp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recordBuild', () => {
  it('records a written graph, which is then up to date under the same key only', () => {
    const cache = join(dir, 'cache-a');
    const out = join(dir, 'a.json');
    writeFileSync(out, '{}\n');
    recordBuild(cache, out, 'key-1');
    expect(upToDate(cache, out, 'key-1')).toBe(true);
    expect(upToDate(cache, out, 'key-2')).toBe(false);
  });

  it('leaves no temporary file when the stamp cannot take its place', () => {
    const cache = join(dir, 'cache-b');
    const out = join(dir, 'b.json');
    writeFileSync(out, '{}\n');
    recordBuild(cache, out, 'key-1');
    const [stamp] = readdirSync(join(cache, 'builds'));
    // The stamp's path is now a folder that is not empty: the rename fails.
    rmSync(join(cache, 'builds', stamp));
    mkdirSync(join(cache, 'builds', stamp, 'in-the-way'), { recursive: true });
    recordBuild(cache, out, 'key-2');
    expect(readdirSync(join(cache, 'builds'))).toEqual([stamp]);
    expect(upToDate(cache, out, 'key-2')).toBe(false);
  });
});
