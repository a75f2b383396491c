// Measuring helpers shared by the benches: wall time, MB/s, peak memory (sampled RSS + the OS's maxRSS), tables.
// Benches print figures and ratios; nothing here asserts on time.

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
