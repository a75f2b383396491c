// Tests for `turngraph build --watch` as a process: an edit to a transcript rewrites the graph file with the bytes
// a fresh build gives, a broken file is reported on one line and leaves the last good graph, Ctrl-C stops it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, turngraph } from './run.ts';

let root: string;
let watcher: ChildProcess | null = null;
let stdout = '';
let stderr = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-watch-'));
  cpSync(join(ROOT, 'test/fixtures/transcripts'), join(root, 'in'), { recursive: true });
});
afterAll(() => {
  watcher?.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

/** Waits until the watcher's stdout or stderr has printed `count` lines matching `pattern`. */
async function printed(stream: () => string, pattern: RegExp, count = 1): Promise<void> {
  await expect.poll(() => stream().split('\n').filter((line) => pattern.test(line)).length, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(count);
}

describe('turngraph build --watch', () => {
  it('keeps the graph file as a fresh build would make it, through edits, a broken file and Ctrl-C', async () => {
    const env = { ...process.env };
    delete env.TURNGRAPH_CHILD;
    watcher = spawn(process.execPath, [join(ROOT, 'bin/turngraph.js'), 'build', 'in', '-o', 'graph.json', '--cache', 'cache', '--watch'], { cwd: root, env });
    watcher.stdout!.on('data', (chunk) => (stdout += chunk));
    watcher.stderr!.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => watcher!.on('exit', (code) => resolve(code)));
    await printed(() => stdout, /^watching 4 documents for changes \(Ctrl-C to stop\)$/);
    expect(stdout).toMatch(/^wrote graph\.json$/m);

    // An edit: one line of the output says which document was extracted again, and the file is a fresh build's.
    const podcast = join(root, 'in/podcast-robotics.en.md');
    const original = readFileSync(podcast, 'utf8');
    const edited = original.replace('\n\n\\[00:00:34\\]', '\n\n\\[00:00:30\\] **Marcus Hale:** Before we start, Terence Tao told me DeepMind is working on FrontierMath in London.\n\n\\[00:00:34\\]');
    expect(edited).not.toBe(original);
    writeFileSync(podcast, edited);
    await printed(() => stdout, /^updated graph\.json in \d+\.\d\d s: re-extracted podcast-robotics\.en\.md \(1 of 4 documents\)$/);
    const fresh = turngraph(['build', 'in', '-o', 'fresh/graph.json', '--no-cache', '-q'], { cwd: root });
    expect(fresh.status).toBe(0);
    const watched = readFileSync(join(root, 'graph.json'), 'utf8');
    expect(watched).toBe(readFileSync(join(root, 'fresh/graph.json'), 'utf8'));
    expect(watched).toContain('podcast-robotics.en');
    expect(watched).toContain('Terence Tao told me');

    // A transcript added, then removed: one line each, and the file is a fresh build's of the folder as it is.
    const freshBuild = () => {
      const result = turngraph(['build', 'in', '-o', 'fresh/graph.json', '--no-cache', '-q'], { cwd: root });
      expect(result.status).toBe(0);
      return readFileSync(join(root, 'fresh/graph.json'), 'utf8');
    };
    writeFileSync(join(root, 'in/late-show.en.md'), '**Host:** Welcome. Today Ada Lovelace of Analytical Engines joins us.\n\n**Ada Lovelace:** Thank you.\n');
    await printed(() => stdout, /^updated graph\.json in \d+\.\d\d s: added late-show\.en\.md \(5 documents\)$/);
    expect(readFileSync(join(root, 'graph.json'), 'utf8')).toContain('Ada Lovelace');
    expect(readFileSync(join(root, 'graph.json'), 'utf8')).toBe(freshBuild());
    rmSync(join(root, 'in/late-show.en.md'));
    await printed(() => stdout, /^updated graph\.json in \d+\.\d\d s: removed late-show\.en\.md \(4 documents\)$/);
    expect(readFileSync(join(root, 'graph.json'), 'utf8')).toBe(watched);

    // A file that cannot be read: one line on stderr, the graph file stays the last good one.
    writeFileSync(join(root, 'in/panel-autonomy.en.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await printed(() => stderr, /^error: turngraph read: .*panel-autonomy\.en\.md: binary file/);
    expect(readFileSync(join(root, 'graph.json'), 'utf8')).toBe(watched);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace

    watcher.kill('SIGINT');
    expect(await exited).toBe(0);
    watcher = null;
  }, 120_000);
});
