// Tests for bin/turngraph.js as a process: when it re-runs itself with a larger heap, the child never outlives it
// (a `kill` of the command a user or a process manager started stops the server it runs).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run.ts';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Pids of the processes whose parent is `pid` (Linux ps). */
function childrenOf(pid: number): number[] {
  const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout;
  return out.split('\n').map((line) => Number(line.trim())).filter((n) => n > 0);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

describe('bin/turngraph.js', () => {
  it('stops the server it runs when it is sent SIGTERM, with no process left behind', async () => {
    const port = await freePort();
    const env = { ...process.env };
    delete env.TURNGRAPH_CHILD;
    const launcher = spawn(process.execPath, [join(ROOT, 'bin/turngraph.js'), 'serve', join(ROOT, 'test/fixtures/graphs/tiny.json'), '--port', String(port)], { cwd: ROOT, env, stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}/api/graphs`;
    let children: number[] = [];
    try {
      await expect.poll(() => answers(url), { timeout: 60_000, interval: 250 }).toBe(true);
      // On a machine with more than ~10 GB the launcher re-runs itself with a larger heap: the server is its child.
      children = childrenOf(launcher.pid!);
      const exited = new Promise<number | null>((resolve) => launcher.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
      launcher.kill('SIGTERM');
      await exited;
      await expect.poll(() => answers(url), { timeout: 15_000, interval: 250 }).toBe(false);
      for (const pid of children) await expect.poll(() => alive(pid), { timeout: 15_000, interval: 250 }).toBe(false);
    } finally {
      launcher.kill('SIGKILL');
      for (const pid of children) if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});
