// Tests for input discovery (src/build/discover.ts): folders expand recursively to .md/.txt, in a fixed order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverInputs } from '../../src/build/discover.ts';
import { InputError } from '../../extract/errors.ts';

let root: string;
const write = (rel: string, text = 'A: hello\n') => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-discover-'));
  for (const rel of ['b.md', 'a.txt', 'Z.markdown', 'sub/c.md', 'sub/deeper/d.txt', 'a10.md', 'a2.md', 'notes.pdf', 'image.png', '.hidden.md', '.git/x.md', 'node_modules/pkg/readme.md']) write(rel);
  mkdirSync(join(root, 'empty'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverInputs', () => {
  it('expands a folder recursively to its transcripts, sorted by relative path, skipping hidden folders and node_modules', () => {
    const found = discoverInputs([root]).map((f) => f.path.slice(root.length + 1));
    expect(found).toEqual(['Z.markdown', 'a.txt', 'a10.md', 'a2.md', 'b.md', 'sub/c.md', 'sub/deeper/d.txt']);
  });

  it('reports each file size so progress can count bytes', () => {
    write('sized.md', 'x'.repeat(1234));
    expect(discoverInputs([join(root, 'sized.md')])).toEqual([{ path: join(root, 'sized.md'), bytes: 1234 }]);
  });

  it('keeps files named on the command line in the order given, whatever their extension, and drops repeats', () => {
    const paths = [join(root, 'notes.pdf'), join(root, 'b.md'), join(root, 'notes.pdf')];
    expect(discoverInputs(paths).map((f) => f.path)).toEqual([join(root, 'notes.pdf'), join(root, 'b.md')]);
  });

  it('passes a missing path on, for the reader to report in one line', () => {
    expect(discoverInputs([join(root, 'missing.md')])).toEqual([{ path: join(root, 'missing.md'), bytes: 0 }]);
  });

  it('rejects a folder without transcripts with a typed error naming it', () => {
    expect(() => discoverInputs([join(root, 'empty')])).toThrow(InputError);
    expect(() => discoverInputs([join(root, 'empty')])).toThrow(/empty: is a directory with no \.md/);
  });
});
