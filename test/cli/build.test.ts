// End-to-end tests of `turngraph build` as a user runs it: the sample, several files, and every bad input
// the issue lists (one clear line on stderr, non-zero exit, no stack trace, no half-written graph).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, turngraph } from './run.ts';

const SAMPLE = join(ROOT, 'graph-data/altman-o3-interview.zh.md');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'turngraph-build-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOneLineError(result: { status: number | null; stderr: string; stdout: string }, pattern: RegExp): void {
  expect(result.status).not.toBe(0);
  expect(result.status).not.toBeNull();
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
}

describe('turngraph build on the sample', () => {
  it('writes a graph and prints a summary of documents, turns, entities and relations', () => {
    const out = join(dir, 'sample.json');
    const result = turngraph(['build', SAMPLE, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/documents\s+1/);
    expect(result.stdout).toMatch(/entities\s+\d+: .*person/);
    expect(result.stdout).toMatch(/relations\s+\d+ typed/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.documents[0].id).toBe('altman-o3-interview.zh');
    expect(graph.nodes.length).toBeGreaterThan(10);
  });

  it('finishes quietly when the reader of its output stops early (`turngraph build … | head`)', () => {
    const out = join(dir, 'piped.json');
    const err = join(dir, 'piped.err');
    // `true` exits without reading: every line the build prints meets a closed pipe.
    const script = `set -o pipefail; "${process.execPath}" bin/turngraph.js build "${SAMPLE}" -o "${out}" --no-cache 2>"${err}" | true; echo "exit \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(readFileSync(err, 'utf8')).toBe('');
    expect(result.stdout.trim()).toBe('exit 0');
    expect(JSON.parse(readFileSync(out, 'utf8')).attributes.turns.length).toBeGreaterThan(10);
  });

  it('gives the same bytes when built twice', () => {
    // same file name in two folders: the graph's name comes from the output file name
    const a = join(dir, 'first', 'same.json');
    const b = join(dir, 'second', 'same.json');
    expect(turngraph(['build', SAMPLE, '-o', a, '-q']).status).toBe(0);
    expect(turngraph(['build', SAMPLE, '-o', b, '-q']).status).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('builds several transcripts into one graph where a shared entity is one node', () => {
    const other = join(dir, 'other.md');
    writeFileSync(other, '**Host:** Welcome. Today we talk about OpenAI and o3.\n\n**Guest:** Thanks. OpenAI released o3 last week.\n');
    const out = join(dir, 'two.json');
    const result = turngraph(['build', SAMPLE, other, '-o', out, '-q']);
    expect(result.status).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['altman-o3-interview.zh', 'other']);
    const openai = graph.nodes.filter((n: { attributes: { label: string } }) => n.attributes.label === 'OpenAI');
    expect(openai).toHaveLength(1);
    expect(openai[0].attributes.documents).toEqual(['altman-o3-interview.zh', 'other']);
  });
});

describe('turngraph build with the user\'s own rules', () => {
  it('adds the relations of a --rules file, naming the rule that produced each edge', () => {
    const rules = write('my-rules.json', JSON.stringify({
      reason: 'sponsorships matter to us',
      patterns: [{ id: 'en-sponsors', type: 'SPONSORS', reason: 'X sponsors Y', pattern: '{S:organization}_(?:sponsors|sponsored)_{O:organization}' }],
    }));
    const talk = write('sponsor.md', '**Jane Doe:** This year Anthropic sponsors OpenAI, believe it or not.\n\n**John Roe:** That is news to me.\n');
    const out = join(dir, 'sponsor.json');
    expect(turngraph(['build', talk, '--rules', rules, '-o', out, '-q']).status).toBe(0);
    const edges = JSON.parse(readFileSync(out, 'utf8')).edges;
    expect(edges.find((e: { key: string }) => e.key === 'anthropic|SPONSORS|openai')?.attributes.rules).toEqual(['en-sponsors']);
    expect(turngraph(['build', talk, '-o', out, '-q']).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).edges.some((e: { attributes: { type: string } }) => e.attributes.type === 'SPONSORS')).toBe(false);
  });

  it('rejects a missing rules file with one line', () => {
    expectOneLineError(turngraph(['build', SAMPLE, '--rules', join(dir, 'no-rules.json'), '-o', join(dir, 'r.json')]), /no-rules\.json/);
  });
});

describe('turngraph build with nothing changed', () => {
  const UP_TO_DATE = /is up to date: its 2 documents and settings are unchanged/;
  let folder: string;
  let cache: string;
  let out: string;
  const build = (...extra: string[]) => turngraph(['build', folder, '-o', out, '--cache', cache, ...extra]);
  const written = () => ({ bytes: readFileSync(out, 'utf8'), mtimeMs: statSync(out).mtimeMs });

  beforeAll(() => {
    folder = join(dir, 'unchanged');
    cache = join(dir, 'unchanged-cache');
    out = join(dir, 'unchanged.json');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.md'), '**Ann Lee:** OpenAI released o3 in December.\n\n**Bo Chen:** Terence Tao called FrontierMath hard.\n');
    writeFileSync(join(folder, 'b.md'), '**主持人王磊：** 你怎么看英伟达？\n\n**李飞飞：** 英伟达在硅谷。\n');
    const first = build();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/extracted 2 of 2 documents/);
  });

  it('writes nothing and says the graph file is up to date', () => {
    const before = written();
    const again = build();
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(UP_TO_DATE);
    expect(again.stdout).not.toMatch(/extracted/);
    expect(written()).toEqual(before);
  });

  it('is still up to date when a transcript is saved without a change', () => {
    const file = join(folder, 'a.md');
    writeFileSync(file, readFileSync(file));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(build().stdout).toMatch(UP_TO_DATE);
  });

  it('builds again after a transcript is edited, and is up to date after that', () => {
    const before = written();
    const file = join(folder, 'b.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\n**李飞飞：** 我们在斯坦福大学。\n`);
    try {
      const edited = build();
      expect(edited.stdout).toMatch(/extracted 1 of 2 documents \(1 unchanged/);
      expect(written().bytes).not.toBe(before.bytes);
      expect(JSON.parse(written().bytes).nodes.some((n: { attributes: { label: string } }) => n.attributes.label === 'Stanford University')).toBe(true);
      expect(build().stdout).toMatch(UP_TO_DATE);
    } finally {
      writeFileSync(file, original);
    }
    expect(build().stdout).toMatch(/extracted 0 of 2 documents/); // back as it was: rebuilt from the cache
    expect(written().bytes).toBe(before.bytes);
  });

  it('patches the last graph file when an edit names only what the corpus knows, and says so', () => {
    const before = written();
    const file = join(folder, 'b.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('英伟达在硅谷。', '英伟达在硅谷，你好。'));
    try {
      const edited = build();
      expect(edited.status).toBe(0);
      expect(edited.stdout).toMatch(/extracted 1 of 2 documents \(1 unchanged, from the cache\) with 1 thread in [\d.]+ s; the last graph file patched in place/);
      expect(edited.stdout).toMatch(/^entities {3}\d+: /m); // the summary as after a full build
      expect(JSON.parse(written().bytes).attributes.turns.some((turn: { text: string }) => turn.text === '英伟达在硅谷，你好。')).toBe(true);
      expect(build().stdout).toMatch(UP_TO_DATE);
    } finally {
      writeFileSync(file, original);
    }
    // Undone: patched back from the cache, to the bytes it had.
    expect(build().stdout).toMatch(/extracted 0 of 2 documents \(2 unchanged, from the cache\).*patched in place/);
    expect(written().bytes).toBe(before.bytes);
  });

  it('builds again when the graph file was changed or removed since it was written', () => {
    const { bytes } = written();
    writeFileSync(out, '{}');
    expect(build().stdout).toMatch(/extracted 0 of 2 documents/);
    expect(written().bytes).toBe(bytes);
    rmSync(out);
    expect(build().stdout).toMatch(/extracted 0 of 2 documents/);
    expect(written().bytes).toBe(bytes);
  });

  it('builds again for another graph name, a user lexicon, or without the cache', () => {
    expect(build('--name', 'renamed').stdout).toMatch(/extracted 0 of 2 documents/);
    expect(JSON.parse(written().bytes).attributes.name).toBe('renamed');
    expect(build('--name', 'renamed').stdout).toMatch(UP_TO_DATE);
    const lexicon = join(dir, 'unchanged-lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ entities: [] }));
    expect(build('--name', 'renamed', '--lexicon', lexicon).stdout).not.toMatch(UP_TO_DATE);
    expect(build('--name', 'renamed', '--no-cache').stdout).toMatch(/extracted 2 of 2 documents/);
  });
});

describe('turngraph build on bad input', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a missing path', () => join(dir, 'nope.md'), /nope\.md.*(no such file|not found|does not exist)/i],
    ['a directory without transcripts', () => mkdtempSync(join(dir, 'no-transcripts-')), /directory/i],
    ['an empty file', () => write('empty.md', ''), /empty/i],
    ['a binary file', () => write('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48])), /binary/i],
    ['bytes in no encoding it reads', () => write('unknown.md', Buffer.from('Caf\x81 au lait: un entretien', 'latin1')), /UTF-8/i],
  ];
  for (const [name, make, pattern] of cases) {
    it(`rejects ${name} with one clear line and a non-zero exit`, () => {
      expectOneLineError(turngraph(['build', make(), '-o', join(dir, 'bad.json')]), pattern);
      expect(existsSync(join(dir, 'bad.json'))).toBe(false);
    });
  }

  for (const workers of ['abc', '0', '2.5', '']) {
    it(`rejects --workers "${workers}" with one line naming it`, () => {
      const result = turngraph(['build', SAMPLE, '--workers', workers, '-o', join(dir, 'workers.json')]);
      expectOneLineError(result, new RegExp(`--workers must be an integer from 1 to 256, got "?${workers.replace('.', '\\.')}"?$`));
      expect(existsSync(join(dir, 'workers.json'))).toBe(false);
    });
  }

  describe('in a folder', () => {
    /** A folder of the sample, an empty transcript and one in bytes no encoding reads. */
    function folderWithBadFiles(): string {
      const folder = mkdtempSync(join(dir, 'archive-'));
      mkdirSync(join(folder, '2024'));
      writeFileSync(join(folder, 'altman.md'), readFileSync(SAMPLE));
      writeFileSync(join(folder, '2024', 'placeholder.md'), '');
      writeFileSync(join(folder, '2024', 'garbled.txt'), Buffer.from('**Host:** Caf\x81 au lait with Sam Altman.', 'latin1'));
      return folder;
    }

    it('skips transcripts that cannot be read, naming each on stderr, and builds the rest', () => {
      const folder = folderWithBadFiles();
      const out = join(dir, 'archive.json');
      const cache = join(dir, 'archive-cache');
      const result = turngraph(['build', folder, '-o', out, '--cache', cache]);
      expect(result.status).toBe(0);
      expect(result.stderr.trim().split('\n')).toEqual([
        `warning: skipped ${join(folder, '2024', 'garbled.txt')}: not valid UTF-8, nor GBK, Big5 or Windows-1252 text; save the transcript as UTF-8 text`,
        `warning: skipped ${join(folder, '2024', 'placeholder.md')}: file is empty`,
      ]);
      expect(result.stdout).toMatch(/extracted 1 of 1 documents .*; skipped 2 that could not be read/);
      const graph = JSON.parse(readFileSync(out, 'utf8'));
      expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['altman']);
      expect(graph.nodes.some((n: { attributes: { label: string } }) => n.attributes.label === 'Sam Altman')).toBe(true);
      // Run again: not "up to date" while files are skipped, so the warnings come back.
      const again = turngraph(['build', folder, '-o', out, '--cache', cache]);
      expect(again.stdout).not.toMatch(/up to date/);
      expect(again.stderr).toMatch(/skipped .*placeholder\.md: file is empty/);
    });

    it('shows progress as plain lines when stderr is no terminal, and none with -q', () => {
      const folder = mkdtempSync(join(dir, 'many-'));
      for (let i = 0; i < 21; i++) writeFileSync(join(folder, `talk-${i}.md`), `**Host:** Welcome to episode ${i}.\n\n**Sam Altman:** OpenAI trained o${i}.\n`);
      writeFileSync(join(folder, 'talk-7.md'), ''); // skipped, and still counted as done
      const out = join(dir, 'many.json');
      const lines = turngraph(['build', folder, '-o', out, '--no-cache']).stderr.split('\n');
      expect(lines[0]).toBe('extracting 0% | 0/21 files | ETA 0s');
      expect(lines.filter((line) => line.startsWith('extracting')).at(-1)).toBe('extracting 100% | 21/21 files | ETA 0s');
      expect(lines.at(-2)).toMatch(/^warning: skipped .*talk-7\.md: file is empty$/);
      expect(lines.at(-1)).toBe('');
      expect(lines.join('\n')).not.toMatch(/\x1b/); // no cursor movement in a log
      // -q: no progress; the skipped file is still named (the graph lacks it)
      expect(turngraph(['build', folder, '-o', out, '--no-cache', '-q']).stderr).toMatch(/^warning: skipped .*talk-7\.md: file is empty\n$/);
    });

    it('stops at the first unreadable transcript with --strict, writing nothing', () => {
      const out = join(dir, 'strict.json');
      expectOneLineError(turngraph(['build', folderWithBadFiles(), '-o', out, '--strict', '--no-cache']), /garbled\.txt: not valid UTF-8/);
      expect(existsSync(out)).toBe(false);
    });
  });

  it('rejects a lexicon file with a syntax error, naming the file', () => {
    const lexicon = write('broken-lexicon.json', '{"entities": [ {"label": "X", }');
    expectOneLineError(turngraph(['build', SAMPLE, '--lexicon', lexicon, '-o', join(dir, 'lex.json')]), /broken-lexicon\.json/);
  });

  it('never overwrites a good graph file when a later build fails', () => {
    const out = join(dir, 'keep.json');
    expect(turngraph(['build', SAMPLE, '-o', out, '-q']).status).toBe(0);
    const good = readFileSync(out, 'utf8');
    const result = turngraph(['build', SAMPLE, write('empty2.md', '   \n'), '-o', out]);
    expect(result.status).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(good);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('turns a transcript with no recognisable speakers into narration per paragraph', () => {
    const plain = write('essay.md', 'OpenAI released o3 in December.\n\nTerence Tao looked at FrontierMath.\n\nNobody speaks here.\n');
    const out = join(dir, 'essay.json');
    expect(turngraph(['build', plain, '-o', out, '-q']).status).toBe(0);
    const turns = JSON.parse(readFileSync(out, 'utf8')).attributes.turns;
    expect(turns.map((t: { kind: string }) => t.kind)).toEqual(['narration', 'narration', 'narration']);
  });

  it('builds a 50 MB single-line file (one narration segment) without crashing', () => {
    const big = join(dir, 'one-line.txt');
    const sentence = 'OpenAI released o3 and Terence Tao discussed FrontierMath in Washington with Sam Altman. ';
    writeFileSync(big, sentence.repeat(Math.ceil(50_000_000 / sentence.length)));
    const result = turngraph(['build', big, '-o', join(dir, 'big.json'), '-q', '--no-cache'], { timeout: 1_500_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const graph = JSON.parse(readFileSync(join(dir, 'big.json'), 'utf8'));
    expect(graph.attributes.turns.every((t: { kind: string }) => t.kind === 'narration')).toBe(true);
    expect(graph.nodes.map((n: { attributes: { label: string } }) => n.attributes.label)).toEqual(
      expect.arrayContaining(['OpenAI', 'o3', 'Terence Tao', 'FrontierMath', 'Sam Altman']),
    );
    rmSync(big);
  }, 1_500_000);
});

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

