// Tests for extract/compromise.ts: compromise's word lists kept as a file beside the package, so a process that meets
// Latin text reads them instead of building compromise's lexicon again. What is read must be exactly compromise's.
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCompromiseWords, type CompromiseModel } from '../../extract/compromise.ts';

const root = mkdtempSync(join(tmpdir(), 'turngraph-words-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `d${dirs++}`);

const full = (createRequire(import.meta.url)('compromise') as { model(): CompromiseModel }).model();
const expected = { lexicon: full.one.lexicon, orgWords: full.two.orgWords, placeWords: full.two.placeWords };
const lists = (m: CompromiseModel) => ({ lexicon: m.one.lexicon, orgWords: m.two.orgWords, placeWords: m.two.placeWords });

function onlyFile(dir: string): string {
  const names = readdirSync(dir);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^compromise-[0-9a-f]{16}\.json$/);
  return join(dir, names[0]);
}

describe('compromise word lists kept on disk', () => {
  it('gives compromise\'s own lists, then the same lists read back from the file it wrote', () => {
    const dir = freshDir();
    expect(lists(loadCompromiseWords(dir))).toEqual(expected);
    const file = onlyFile(dir);
    expect(lists(loadCompromiseWords(dir))).toEqual(expected);
    expect(readdirSync(dir)).toEqual([file.slice(dir.length + 1)]);
  });

  it('reads the file instead of compromise once it is there', () => {
    const dir = freshDir();
    loadCompromiseWords(dir);
    const file = onlyFile(dir);
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    kept.one.lexicon.zyxwvutsrq = 'FirstName';
    writeFileSync(file, JSON.stringify(kept));
    expect(loadCompromiseWords(dir).one.lexicon.zyxwvutsrq).toBe('FirstName');
    expect(full.one.lexicon.zyxwvutsrq).toBeUndefined();
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['of another format', (text: string) => text.replace('"format":1', '"format":0')],
    ['made from another compromise build', (text: string) => text.replace(/"source":"[0-9a-f]+"/, '"source":"0000000000000000"')],
    ['empty', () => ''],
  ])('ignores a file %s and writes a good one in its place', (_, damage) => {
    const dir = freshDir();
    loadCompromiseWords(dir);
    const file = onlyFile(dir);
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    expect(lists(loadCompromiseWords(dir))).toEqual(expected);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe(1);
    expect(lists(loadCompromiseWords(dir))).toEqual(expected);
  });

  it('still gives the lists when the folder cannot be made, and leaves nothing behind', () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a folder');
    expect(lists(loadCompromiseWords(join(blocker, 'cache')))).toEqual(expected);
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it('gives the lists with no folder at all', () => {
    expect(lists(loadCompromiseWords(null))).toEqual(expected);
  });
});
