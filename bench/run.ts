// `npm run bench [-- --only NAME[,NAME]] [-- bench args…]`: runs every bench/*.bench.ts in turn as a child process.
// A failing bench prints its error and the run goes on; the exit code is non-zero at the end if any failed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));

/** Fixed order first (cheap to expensive); any other bench runs after them, alphabetically. */
export const BENCH_ORDER = ['extract', 'scale', 'viewer', 'neo4j'];

export function listBenches(dir: string = BENCH_DIR): string[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.slice(0, -'.bench.ts'.length));
  const rank = (n: string) => (BENCH_ORDER.includes(n) ? BENCH_ORDER.indexOf(n) : BENCH_ORDER.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Splits `--only a,b` (repeatable) from the arguments passed through to every bench. */
export function parseRunArgs(argv: string[]): { only: string[] | null; passThrough: string[] } {
  const only: string[] = [];
  const passThrough: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only' && i + 1 < argv.length) only.push(...argv[++i].split(','));
    else if (arg.startsWith('--only=')) only.push(...arg.slice('--only='.length).split(','));
    else passThrough.push(arg);
  }
  return { only: only.length ? only.filter(Boolean) : null, passThrough };
}

function main(): number {
  const { only, passThrough } = parseRunArgs(process.argv.slice(2));
  const all = listBenches();
  const unknown = (only ?? []).filter((n) => !all.includes(n));
  if (unknown.length) {
    process.stderr.write(`turngraph bench: no bench named ${unknown.join(', ')} (have: ${all.join(', ')})\n`);
    return 2;
  }
  const selected = only ? all.filter((n) => only.includes(n)) : all;
  const failed: string[] = [];
  for (const name of selected) {
    process.stdout.write(`\n=== bench: ${name} ${'='.repeat(Math.max(0, 60 - name.length))}\n`);
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(BENCH_DIR, `${name}.bench.ts`), ...passThrough], {
      stdio: 'inherit',
      env: process.env,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (child.error || child.status !== 0) {
      const why = child.error ? child.error.message : child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`;
      process.stdout.write(`--- ${name}: FAILED (${why}) after ${seconds} s\n`);
      failed.push(name);
    } else {
      process.stdout.write(`--- ${name}: done in ${seconds} s\n`);
    }
  }
  process.stdout.write(`\n${selected.length - failed.length} benches passed, ${failed.length} failed${failed.length ? `: ${failed.join(', ')}` : ''}\n`);
  return failed.length ? 1 : 0;
}

process.exitCode = main();
