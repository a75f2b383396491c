#!/usr/bin/env node
// turngraph command-line entry point.
// Runs the TypeScript CLI through tsx so `npx turngraph` works right after `npm ci`, with no build step.
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';

// Node's default heap (about 4 GB) is too small for one very large document (a 50 MB transcript holds millions
// of mentions). Re-run once with half the machine's memory as the heap limit, unless the user chose one.
const wantedMb = Math.min(Math.floor(totalmem() / 2 / 2 ** 20), 16_384);
const haveMb = getHeapStatistics().heap_size_limit / 2 ** 20;
const chosen = process.execArgv.some((arg) => arg.startsWith('--max-old-space-size')) || /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
if (!chosen && !process.env.TURNGRAPH_CHILD && wantedMb > haveMb * 1.25) {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${wantedMb}`, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TURNGRAPH_CHILD: '1' },
  });
  if (child.error) {
    process.stderr.write(`turngraph: cannot start: ${child.error.message}\n`);
    process.exit(70);
  }
  process.exit(child.status ?? (child.signal === 'SIGINT' ? 130 : 1));
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
