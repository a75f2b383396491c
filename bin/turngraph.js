#!/usr/bin/env node
// turngraph command-line entry point.
// Runs the CLI from a prebuilt JavaScript bundle of the sources (built on first run, rebuilt whenever a source
// changes: bin/bundle.js), or through tsx when that cannot be had (TURNGRAPH_TSX=1 forces tsx).
import { spawn } from 'node:child_process';
import { constants, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { smallBuild } from './heap.js';

// Node's default heap (about 4 GB) is too small for one very large document (a 50 MB transcript holds millions
// of mentions). Re-run once with half the machine's memory as the heap limit, unless the user chose one, or the
// command is a one-shot build of inputs small enough for the default (a second node start is a tenth of a second,
// and the most common run is a rebuild after one edit).
const wantedMb = Math.min(Math.floor(totalmem() / 2 / 2 ** 20), 16_384);
const haveMb = getHeapStatistics().heap_size_limit / 2 ** 20;
const chosen = process.execArgv.some((arg) => arg.startsWith('--max-old-space-size')) || /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
if (!chosen && !process.env.TURNGRAPH_CHILD && wantedMb > haveMb * 1.25 && !smallBuild(process.argv.slice(2), haveMb)) {
  await runChild([...process.execArgv, `--max-old-space-size=${wantedMb}`, fileURLToPath(import.meta.url), ...process.argv.slice(2)]);
} else if (!(await runBundle())) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

/**
 * Runs turngraph again in a child with these node arguments and exits as it does. A signal sent to this process
 * (`kill`, a process manager stopping `turngraph serve`) is passed on, so the child never outlives it.
 */
function runChild(args) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, TURNGRAPH_CHILD: '1' } });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  return new Promise(() => {
    child.on('error', (error) => {
      process.stderr.write(`turngraph: cannot start: ${error.message}\n`);
      process.exit(70);
    });
    child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

/** Runs the CLI bundle; false (with one line on stderr under TURNGRAPH_DEBUG) if it could not be started. */
async function runBundle() {
  delete process.env.TURNGRAPH_WORKER_BUNDLE; // set below only for the bundle just verified, never inherited
  if (process.env.TURNGRAPH_TSX) return false;
  let bundle;
  let flag;
  try {
    const { prepareBundle, STARTED_FLAG } = await import('./bundle.js');
    flag = STARTED_FLAG;
    bundle = await prepareBundle();
  } catch (error) {
    debug(`no prebuilt bundle (${oneLine(error)}); running through tsx`);
    return false;
  }
  if (process.env.TURNGRAPH_DEBUG) process.setSourceMapsEnabled(true);
  process.env.TURNGRAPH_WORKER_BUNDLE = bundle.worker; // read by src/build/worker-entry.js in each build worker
  try {
    await import(pathToFileURL(bundle.main).href);
    return true;
  } catch (error) {
    if (globalThis[flag]) throw error; // our code ran and failed: the same failure tsx would show
    delete process.env.TURNGRAPH_WORKER_BUNDLE;
    debug(`prebuilt bundle did not load (${oneLine(error)}); running through tsx`);
    return false;
  }
}

function debug(message) {
  if (process.env.TURNGRAPH_DEBUG) process.stderr.write(`turngraph: ${message}\n`);
}

function oneLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

