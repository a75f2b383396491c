// Measuring helpers shared by the benches: wall time, MB/s, peak memory (sampled RSS + the OS's maxRSS), tables.
// Benches print figures and ratios; nothing here asserts on time.
import { readFileSync } from 'node:fs';

export const MB = 1024 * 1024;

/** Tracks peak RSS: sampled on a timer (for async work) and on demand (inside synchronous loops). */
export class PeakMemory {
  peakRss = 0;
  private timer: NodeJS.Timeout | null = null;

  start(intervalMs = 50): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peakRss) this.peakRss = rss;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.peakRss;
  }
}

/**
 * CPU seconds (user + system) this process's main thread has used, read from /proc (Linux); NaN elsewhere. Beside
 * process.cpuUsage() (all threads) it tells the main thread's own work from what V8's collector and compiler threads
 * and any worker threads did.
 */
export function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Linux's USER_HZ: the unit of /proc's CPU times (100 on every architecture Node runs on). */
const CLOCK_TICKS = 100;

/** CPU seconds (user + system) of all of this process's threads. */
export function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** The OS's high-water mark of this process's resident memory, in bytes. */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - started) / 1000 };
}

export const fmtMB = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
export const fmtRate = (bytes: number, seconds: number) => `${(bytes / MB / seconds).toFixed(2)} MB/s`;
export const fmtSec = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
export const fmtRatio = (r: number) => `${r.toFixed(2)}×`;

/** Prints rows as an aligned two-or-more-column table. */
export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd()}\n`);
}

/** Reads `--name value` from the bench's arguments (passed through by bench/run.ts). */
export function argValue(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < argv.length) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}
