// Tests for input discovery (src/build/discover.ts): folders expand recursively to transcripts, in a fixed order.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  for (const rel of ['b.md', 'a.txt', 'Z.markdown', 'sub/c.md', 'sub/meeting.vtt', 'clip.SRT', 'saved/page.html', 'old.HTM', 'sub/interview.docx', 'sub/~$interview.docx', 'sub/whisper.json', 'sub/deeper/d.txt', 'a10.md', 'a2.md', 'notes.pdf', 'image.png', '.hidden.md', '.git/x.md', 'node_modules/pkg/readme.md']) write(rel);
  mkdirSync(join(root, 'empty'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverInputs', () => {
  it('expands a folder recursively to its transcripts and subtitle files, sorted by relative path, skipping hidden folders, node_modules and Word lock files', () => {
    const found = discoverInputs([root]).map((f) => f.path.slice(root.length + 1));
    expect(found).toEqual(['Z.markdown', 'a.txt', 'a10.md', 'a2.md', 'b.md', 'clip.SRT', 'old.HTM', 'saved/page.html', 'sub/c.md', 'sub/deeper/d.txt', 'sub/interview.docx', 'sub/meeting.vtt', 'sub/whisper.json']);
  });

  it('reads one format of a transcript saved in several side by side, and names the others', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tg-formats-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    // Whisper's default output: the same words as .json, .vtt, .srt, .txt and .tsv; a person's .md beside a .docx
    for (const rel of ['talk.json', 'talk.vtt', 'talk.srt', 'talk.txt', 'talk.tsv', 'notes.docx', 'notes.md', 'sub/talk.txt', 'Call.TXT', 'call.srt']) {
      mkdirSync(join(folder, rel, '..'), { recursive: true });
      writeFileSync(join(folder, rel), 'A: hello\n');
    }
    const found = discoverInputs([folder]).map((f) => [f.path.slice(folder.length + 1), (f.alsoAs ?? []).map((p) => p.slice(folder.length + 1))]);
    expect(found).toEqual([
      ['Call.TXT', []], // another stem: file names differ in case
      ['call.srt', []],
      ['notes.md', ['notes.docx']],
      ['sub/talk.txt', []], // another folder: another recording
      ['talk.json', ['talk.srt', 'talk.txt', 'talk.vtt']],
    ]);
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
    expect(() => discoverInputs([join(root, 'empty')])).toThrow(/empty: is a directory with no transcripts in it \(\.md, .*\.vtt/);
  });
});

describe('discoverInputs with links and repeats', () => {
  let linked: string;
  beforeAll(() => {
    linked = mkdtempSync(join(tmpdir(), 'tg-discover-links-'));
    mkdirSync(join(linked, 'talks/2024'), { recursive: true });
    writeFileSync(join(linked, 'talks/2024/one.md'), 'A: hello\n');
    writeFileSync(join(linked, 'talks/two.md'), 'B: hello\n');
    symlinkSync(join(linked, 'talks'), join(linked, 'talks/2024/up')); // a loop back to an ancestor
    symlinkSync(join(linked, 'talks/2024'), join(linked, 'latest')); // a second name for a folder
    symlinkSync(join(linked, 'talks/two.md'), join(linked, 'talks/also-two.md')); // a second name for a file
  });
  afterAll(() => rmSync(linked, { recursive: true, force: true }));

  it('builds each transcript once, however many links lead to it, and does not follow a link back up the tree', () => {
    const found = discoverInputs([linked]).map((f) => f.path.slice(linked.length + 1));
    // Each file keeps the name reached through the fewest links, in order: talks/two.md, not talks/also-two.md.
    expect(found).toEqual(['talks/2024/one.md', 'talks/two.md']);
  });

  it('does not repeat a file named on the command line that is also inside a folder given', () => {
    const file = `${linked}/talks/./two.md`;
    const found = discoverInputs([file, join(linked, 'talks')]).map((f) => f.path.slice(linked.length + 1));
    expect(found).toEqual(['talks/./two.md', 'talks/2024/one.md']);
  });
});
