// Tests of the prebuilt start path (bin/bundle.js, bin/turngraph.js): the bundle gives what tsx gives, is rebuilt
// when a source changes or the cached copy is damaged, and anything it cannot do falls back to tsx unseen.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, turngraph, type CliResult } from './run.ts';

const SAMPLE = join(ROOT, 'graph-data/altman-o3-interview.zh.md');
const SMALL = '**Host:** Welcome. Today we talk about OpenAI and o3.\n\n**Guest:** Thanks. OpenAI released o3 last week.\n';
const TSX = { TURNGRAPH_TSX: '1' };
let dir: string;
/** Bundle cache of these tests: inside the checkout's node_modules, as the default one is. */
let bundles: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'turngraph-bundle-'));
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  bundles = mkdtempSync(join(ROOT, 'node_modules/.cache/turngraph-bundle-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundles, { recursive: true, force: true });
});

/** The bundle folders (one per source key) in a bundle cache. */
function keys(cache: string): string[] {
  return existsSync(cache) ? readdirSync(cache).filter((name) => /^[0-9a-f]{20}$/.test(name)) : [];
}

function expectClean(result: CliResult): void {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

describe('the bundle path', () => {
  it('prints the same help and builds the same graph bytes as the tsx path', () => {
    const env = { TURNGRAPH_BUNDLE_DIR: bundles, TURNGRAPH_DEBUG: '1' };
    const helpTsx = turngraph(['--help'], { env: TSX });
    const helpBundle = turngraph(['--help'], { env }); // first run: builds the bundle
    expectClean(helpTsx);
    expectClean(helpBundle); // under TURNGRAPH_DEBUG, a fallback to tsx would say so on stderr
    expect(helpBundle.stdout).toBe(helpTsx.stdout);
    expect(keys(bundles)).toHaveLength(1);
    expect(turngraph(['build', '--help'], { env }).stdout).toBe(turngraph(['build', '--help'], { env: TSX }).stdout);

    const viaTsx = turngraph(['build', SAMPLE, '-o', join(dir, 'tsx', 'sample.json'), '--no-cache'], { env: TSX });
    const viaBundle = turngraph(['build', SAMPLE, '-o', join(dir, 'bundle', 'sample.json'), '--no-cache'], { env });
    expectClean(viaTsx);
    expectClean(viaBundle);
    expect(viaBundle.stdout.replace(/in [\d.]+ s/, '')).toBe(viaTsx.stdout.replace(/in [\d.]+ s/, '').replaceAll('/tsx/', '/bundle/'));
    const bytes = readFileSync(join(dir, 'bundle', 'sample.json'), 'utf8');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes).toBe(readFileSync(join(dir, 'tsx', 'sample.json'), 'utf8'));
    // (that unchanged sources reuse their bundle is checked on a private copy below: this checkout may be edited meanwhile)
  }, 240_000); // six CLI runs: 27 s on a busy 2-core machine, 68 s when the browser suites run beside it

  it('reports a bad input as the tsx path does: one line, same exit code', () => {
    const missing = join(dir, 'no-such-file.md');
    const viaTsx = turngraph(['build', missing, '-o', join(dir, 'x.json')], { env: TSX });
    const viaBundle = turngraph(['build', missing, '-o', join(dir, 'x.json')], { env: { TURNGRAPH_BUNDLE_DIR: bundles } });
    expect(viaTsx.status).not.toBe(0);
    expect(viaBundle.status).toBe(viaTsx.status);
    expect(viaBundle.stderr).toBe(viaTsx.stderr);
    expect(viaBundle.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is built once by two first runs at the same moment, both of which succeed', async () => {
    const fresh = join(bundles, 'concurrent');
    const env = { TURNGRAPH_BUNDLE_DIR: fresh, TURNGRAPH_DEBUG: '1' };
    const [a, b] = await Promise.all([turngraphAsync(['--help'], env), turngraphAsync(['--help'], env)]);
    expectClean(a);
    expectClean(b);
    expect(a.stdout).toBe(b.stdout);
    expect(readdirSync(fresh)).toHaveLength(1); // one bundle, no temporary folder left behind
    expectClean(turngraph(['--help'], { env }));
  });
});

describe('a damaged or unusable bundle', () => {
  let cache: string;
  let expected: string;

  beforeAll(() => {
    cache = join(bundles, 'damaged');
    expected = turngraph(['--help'], { env: TSX }).stdout;
    expectClean(turngraph(['--help'], { env: { TURNGRAPH_BUNDLE_DIR: cache } }));
  });

  const main = () => join(cache, keys(cache)[0], 'main.js');

  it('is rebuilt when a bundle file was overwritten', () => {
    writeFileSync(main(), 'this is not JavaScript {{{');
    const result = turngraph(['--help'], { env: { TURNGRAPH_BUNDLE_DIR: cache, TURNGRAPH_DEBUG: '1' } });
    expectClean(result);
    expect(result.stdout).toBe(expected);
    expect(readFileSync(main(), 'utf8')).toContain('turngraph');
  });

  it('is rebuilt when its manifest was cut short', () => {
    const manifest = join(cache, keys(cache)[0], 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').slice(0, 20));
    const result = turngraph(['--help'], { env: { TURNGRAPH_BUNDLE_DIR: cache, TURNGRAPH_DEBUG: '1' } });
    expectClean(result);
    expect(result.stdout).toBe(expected);
    expect(() => JSON.parse(readFileSync(manifest, 'utf8'))).not.toThrow();
  });

  it('falls back to tsx, with no stack trace, when the bundle does not load', () => {
    // A bundle that passes its manifest check but whose imports fail before any of our code runs.
    writeFileSync(main(), "import 'turngraph-no-such-package';\n");
    const manifest = join(cache, keys(cache)[0], 'manifest.json');
    const recorded = JSON.parse(readFileSync(manifest, 'utf8'));
    recorded.files['main.js'] = createHash('sha256').update(readFileSync(main())).digest('hex');
    writeFileSync(manifest, JSON.stringify(recorded));
    const quiet = turngraph(['--help'], { env: { TURNGRAPH_BUNDLE_DIR: cache } });
    expectClean(quiet);
    expect(quiet.stdout).toBe(expected);
    const debug = turngraph(['--help'], { env: { TURNGRAPH_BUNDLE_DIR: cache, TURNGRAPH_DEBUG: '1' } });
    expect(debug.status).toBe(0);
    expect(debug.stdout).toBe(expected);
    expect(debug.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^turngraph: prebuilt bundle did not load \(.*turngraph-no-such-package.*\); running through tsx$/)]);
  });

  it('falls back to tsx when the bundle cannot be written', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const env = { TURNGRAPH_BUNDLE_DIR: join(file, 'bundles') }; // a folder under a file: cannot be made
    const quiet = turngraph(['--help'], { env });
    expectClean(quiet);
    expect(quiet.stdout).toBe(expected);
    const debug = turngraph(['--help'], { env: { ...env, TURNGRAPH_DEBUG: '1' } });
    expect(debug.stdout).toBe(expected);
    expect(debug.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^turngraph: no prebuilt bundle \(.*\); running through tsx$/)]);
  });
});

describe('an edited source', () => {
  it('is built into a new bundle before it runs, never run stale', () => {
    // A copy of the checkout's code (node_modules linked), edited as a developer would.
    const copy = join(dir, 'checkout');
    for (const part of ['bin', 'src', 'extract', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const cache = join(copy, 'bundles');
    const env = { TURNGRAPH_BUNDLE_DIR: cache, TURNGRAPH_DEBUG: '1' };
    const run = (args: string[], extra: NodeJS.ProcessEnv = env) => {
      const result = turngraphAsIn(copy, args, extra);
      expectClean(result);
      return result;
    };
    writeFileSync(join(dir, 'small.md'), SMALL);
    expect(run(['--help']).stdout).toContain('Turn interview and panel transcripts');
    expect(keys(cache)).toHaveLength(1);
    run(['--help']);
    expect(keys(cache)).toHaveLength(1); // unchanged sources: the same bundle

    const mainTs = join(copy, 'src/cli/main.ts');
    writeFileSync(mainTs, readFileSync(mainTs, 'utf8').replace('Turn interview and panel transcripts', 'Edited: turn transcripts'));
    const edited = run(['--help']);
    expect(edited.stdout).toContain('Edited: turn transcripts');
    expect(edited.stdout).toBe(run(['--help'], TSX).stdout);
    expect(keys(cache)).toHaveLength(2);

    // a module deeper down (the build summary): its edit shows in what a build prints
    const small = join(dir, 'small.md');
    const build = () => run(['build', small, '-o', join(dir, 'small', 'small.json'), '--no-cache']).stdout;
    expect(build()).toMatch(/^documents  1 \(small \[en\]\)$/m);
    const summary = join(copy, 'src/build/summary.ts');
    writeFileSync(summary, readFileSync(summary, 'utf8').replace('`documents  $', '`transcripts  $'));
    expect(build()).toMatch(/^transcripts  1 \(small \[en\]\)$/m);
    expect(keys(cache)).toHaveLength(3);
  });
});

describe('two checkouts with the same sources', () => {
  it('get a bundle each: one never runs with the files of the other', () => {
    const shared = join(bundles, 'shared'); // one bundle cache in one node_modules, linked into both checkouts
    const checkout = (name: string) => {
      const copy = join(dir, name);
      for (const part of ['bin', 'src', 'extract', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
      return copy;
    };
    const [first, second] = [checkout('first-checkout'), checkout('second-checkout')];
    const env = { TURNGRAPH_BUNDLE_DIR: shared, TURNGRAPH_DEBUG: '1' };
    expectClean(turngraphAsIn(first, ['--help'], env));
    expectClean(turngraphAsIn(second, ['--help'], env));
    expect(keys(shared)).toHaveLength(2);
    rmSync(first, { recursive: true, force: true }); // the first checkout is deleted: the second still builds
    writeFileSync(join(dir, 'two-checkouts.md'), SMALL);
    const built = turngraphAsIn(second, ['build', join(dir, 'two-checkouts.md'), '-o', join(dir, 'two-checkouts.json'), '--no-cache'], env);
    expectClean(built);
    expect(built.stdout).toMatch(/^documents  1 \(two-checkouts \[en\]\)$/m);
  });
});

describe('build workers', () => {
  it('run the worker bundle: a multi-thread build gives the same bytes as one thread', async () => {
    const { buildCorpus } = await import('../../src/build/corpus.ts');
    const { toGraphJSON } = await import('../../src/graph/io.ts');
    const cache = join(bundles, 'workers');
    expectClean(turngraph(['--help'], { env: { TURNGRAPH_BUNDLE_DIR: cache } }));
    const worker = join(cache, keys(cache)[0], 'worker.js');
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs, { recursive: true });
    writeFileSync(join(inputs, 'one.md'), SMALL);
    cpSync(SAMPLE, join(inputs, 'two.zh.md'));
    // strict: a document's error stops the build (else a transcript found in a folder that fails is skipped)
    const build = (workers: number) => buildCorpus([inputs], { name: 'w', workers, cacheDir: null, minBytesPerWorker: 0, strict: true });

    const single = await build(1);
    const previous = process.env.TURNGRAPH_WORKER_BUNDLE;
    const previousDebug = process.env.TURNGRAPH_DEBUG;
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(String(chunk));
      return write(chunk, ...(rest as [BufferEncoding]));
    });
    try {
      // worker-entry.js runs whatever file it is told: a stand-in that fails every job proves it is used
      const standIn = join(dir, 'stand-in-worker.js');
      // (it fails the first job of the shared queue, then says it is done: src/build/pool.ts's WorkerReply)
      writeFileSync(standIn, "import { parentPort, workerData } from 'node:worker_threads';\nglobalThis.__turngraphBundleStarted = true;\nparentPort.postMessage({ error: { owner: null, message: 'stand-in worker' }, index: workerData.queue.jobs[0].index });\nparentPort.postMessage({});\n");
      process.env.TURNGRAPH_WORKER_BUNDLE = standIn;
      await expect(build(2)).rejects.toThrow(/stand-in worker/);

      // under TURNGRAPH_DEBUG a worker says when it falls back to tsx: seen for a missing bundle, not for the real one
      process.env.TURNGRAPH_DEBUG = '1';
      const fellBack = () => written.some((chunk) => /worker bundle did not load/.test(chunk));
      process.env.TURNGRAPH_WORKER_BUNDLE = join(dir, 'no-such-worker.js');
      const viaTsx = await build(2);
      expect(viaTsx.workers).toBe(2);
      expect(toGraphJSON(viaTsx.graph)).toBe(toGraphJSON(single.graph));
      expect(fellBack()).toBe(true);

      written.length = 0;
      process.env.TURNGRAPH_WORKER_BUNDLE = worker;
      const parallel = await build(2);
      expect(parallel.workers).toBe(2);
      expect(toGraphJSON(parallel.graph)).toBe(toGraphJSON(single.graph));
      expect(fellBack()).toBe(false);
    } finally {
      spy.mockRestore();
      restoreEnv('TURNGRAPH_WORKER_BUNDLE', previous);
      restoreEnv('TURNGRAPH_DEBUG', previousDebug);
    }
  });
});

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** node bin/turngraph.js of another checkout (a copy), run in that folder. */
function turngraphAsIn(root: string, args: string[], env: NodeJS.ProcessEnv): CliResult {
  const result = spawnSync(process.execPath, [join(root, 'bin/turngraph.js'), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function turngraphAsync(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/turngraph.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
