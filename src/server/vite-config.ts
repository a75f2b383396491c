// The viewer's Vite configuration as a function of the graph files to serve.
// vite.config.ts (plain `vite`) and `turngraph serve` (dev server and bundle build) all start from it.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { turngraphApi } from './vite-plugin.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_ROOT = join(REPO_ROOT, 'web');
export const WEB_DIST = join(REPO_ROOT, 'dist/web');

/** graph-data/*.json except gold annotations: what plain `vite` serves when no files are named. */
export function defaultGraphFiles(): string[] {
  const dir = join(REPO_ROOT, 'graph-data');
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.gold.json'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export function viewerViteConfig(graphFiles: string[] | (() => string[]), outDir = WEB_DIST): InlineConfig {
  return {
    root: WEB_ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
    server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
    plugins: [turngraphApi(graphFiles)],
  };
}
