// Start-up time of the command line: the tsx path (transpiles every module at each start) beside the prebuilt
// bundle (bin/bundle.js), cold (bundling included) and warm; a sample build; one build worker's start; the floor.
// `npm run bench -- --only startup [--runs N]`. Each figure is the median of N runs of a fresh process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerStart } from '../src/build/pool.ts';
import { SharedJobQueue } from '../src/build/queue.ts';
import { argValue, fmtRatio, fmtSec, printTable } from './measure.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/turngraph.js');
const SAMPLE = join(ROOT, 'graph-data/altman-o3-interview.zh.md');
const RUNS = Math.max(1, Number(argValue('runs', '3')));
/** Packages main.ts loads at start whatever the command (the bundle keeps them external; the taggers, neo4j-driver
 * and graphology-gexf load on first use). */
const PACKAGES = ['commander', 'graphology', 'cli-progress', 'graphology-layout-forceatlas2'];

mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'node_modules/.cache/turngraph-bundle-bench-'));
const warmDir = join(scratch, 'warm');
let fresh = 0;

/** Wall seconds of one process; throws if it fails (a bench of a broken path measures nothing). */
function wall(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${args.join(' ')}: exit ${child.status}: ${child.stderr.split('\n')[0]}`);
  if (env.TURNGRAPH_DEBUG && child.stderr.includes('running through tsx')) throw new Error(`bundle path fell back to tsx: ${child.stderr.trim()}`);
  return seconds;
}

function median(fn: () => number): number {
  const times = Array.from({ length: RUNS }, fn).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const tsx = { TURNGRAPH_TSX: '1' };
const warm = { TURNGRAPH_BUNDLE_DIR: warmDir, TURNGRAPH_DEBUG: '1' };
const cold = () => ({ TURNGRAPH_BUNDLE_DIR: join(scratch, `cold-${fresh++}`), TURNGRAPH_DEBUG: '1' });

/** Runs a snippet in a plain node process (no tsx) and returns what it prints. */
function snippet(code: string): string {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr.split('\n')[0]);
  return child.stdout.trim();
}

/** Seconds from `new Worker(worker-entry.js)` until it has loaded its code and said the (empty) queue is done. */
async function workerStart(bundle: string | null): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.TURNGRAPH_WORKER_BUNDLE;
  if (bundle) env.TURNGRAPH_WORKER_BUNDLE = bundle;
  const started = performance.now();
  const workerData: WorkerStart = { queue: SharedJobQueue.of([]).shared, env: { lexiconFiles: [], ruleFiles: [], cache: null } };
  const worker = new Worker(new URL('../src/build/worker-entry.js', import.meta.url), { workerData, env, execArgv: [] });
  await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
  const seconds = (performance.now() - started) / 1000;
  await worker.terminate();
  return seconds;
}

async function workerMedian(bundle: string | null): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await workerStart(bundle));
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

try {
  process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2-core machine: figures are noisy under load); median of ${RUNS} runs\n`);
  const bundleUrl = new URL('../bin/bundle.js', import.meta.url).href;
  const keyMs = snippet(`const { sourceKey } = await import(${JSON.stringify(bundleUrl)}); sourceKey(); const t = []; for (let i = 0; i < 20; i++) { const s = performance.now(); sourceKey(); t.push(performance.now() - s); } t.sort((a, b) => a - b); console.log(t[10].toFixed(1));`);
  const bundleMs = snippet(`const { prepareBundle } = await import(${JSON.stringify(bundleUrl)}); const s = performance.now(); await prepareBundle({ dir: ${JSON.stringify(join(scratch, 'timed'))} }); console.log((performance.now() - s).toFixed(0));`);
  const floor = median(() => wall(['-e', '0']));
  const packages = median(() => wall(['--input-type=module', '-e', `await Promise.all(${JSON.stringify(PACKAGES)}.map((m) => import(m)))`]));

  wall([BIN, '--help'], warm); // builds the warm bundle
  const help = { tsx: median(() => wall([BIN, '--help'], tsx)), cold: median(() => wall([BIN, '--help'], cold())), warm: median(() => wall([BIN, '--help'], warm)) };
  const outDir = join(scratch, 'out');
  const buildArgs = (name: string) => [BIN, 'build', SAMPLE, '-o', join(outDir, name, 'sample.json'), '--no-cache', '-q'];
  const build = { tsx: median(() => wall(buildArgs('tsx'), tsx)), warm: median(() => wall(buildArgs('bundle'), warm)) };
  const key = readdirSync(warmDir).find((name) => /^[0-9a-f]{20}$/.test(name));
  const worker = { tsx: await workerMedian(null), warm: await workerMedian(join(warmDir, key!, 'worker.js')) };

  printTable([
    ['what', 'tsx', 'bundle cold', 'bundle warm', 'tsx / warm'],
    ['turngraph --help', fmtSec(help.tsx), fmtSec(help.cold), fmtSec(help.warm), fmtRatio(help.tsx / help.warm)],
    ['build sample (16 kB zh) --no-cache', fmtSec(build.tsx), '', fmtSec(build.warm), fmtRatio(build.tsx / build.warm)],
    ['one build worker: start + load', fmtSec(worker.tsx), '', fmtSec(worker.warm), fmtRatio(worker.tsx / worker.warm)],
  ]);
  process.stdout.write('\n');
  printTable([
    ['part of a start', 'time'],
    ['source key (hash of src/, extract/, package.json …), every start', `${keyMs} ms`],
    ['bundling with esbuild (first run, or after an edit)', `${bundleMs} ms`],
    ['node -e 0 (twice per start: the heap re-spawn)', fmtSec(floor)],
    ['importing the packages main.ts loads (the bundle path floor)', fmtSec(packages)],
  ]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
