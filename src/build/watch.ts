// `turngraph build --watch`: file-system events on the inputs, gathered for a moment, refresh the live graph
// (src/build/live.ts) and rewrite the graph file. One refresh at a time, and one more if files changed meanwhile.
// Reports through callbacks; the CLI prints.
import { watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';
import { statOrNull } from './discover.ts';
import type { LiveGraph, LiveUpdate } from './live.ts';

export interface WatchOptions {
  /** Quiet time after the last event before a refresh: an editor's save is often several writes and a rename. */
  settleMs: number;
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = { settleMs: 100 };

/** Quiet time after an update before the live graph collects its garbage (LiveGraph.idle). */
const IDLE_MS = 1000;

export interface WatchEvents {
  /** After each refresh that changed the graph, once its file is written; seconds from the refresh's start. */
  onUpdate: (update: LiveUpdate, seconds: number) => void;
  /** A document, the folder or the graph file could not be read or written: the last good graph file stays. */
  onError: (message: string) => void;
}

export interface CorpusWatcher {
  /** Stops watching; resolves once a refresh under way has finished. */
  close: () => Promise<void>;
}

export function watchCorpus(paths: string[], live: LiveGraph, out: string, events: WatchEvents, options: Partial<WatchOptions> = {}): CorpusWatcher {
  const { settleMs } = { ...DEFAULT_WATCH_OPTIONS, ...options };
  let current = live;
  let timer: NodeJS.Timeout | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  /** An update was written and its garbage not yet collected. */
  let owed = false;

  const refresh = async () => {
    const started = performance.now();
    try {
      const { update, live: next } = await current.refresh();
      current = next;
      for (const message of update.failed) events.onError(message);
      if (update.kind !== 'none') {
        current.write(out);
        events.onUpdate(update, (performance.now() - started) / 1000);
        owed = true;
      }
    } catch (error) {
      events.onError(error instanceof Error ? error.message : String(error));
    }
    // Once edits pause, collect what the last update left, rather than in the middle of the next one.
    if (owed && !closed) {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        idleTimer = null;
        owed = false;
        current.idle();
      }, IDLE_MS);
    }
  };
  const run = () => {
    timer = null;
    if (closed) return;
    if (running) {
      again = true; // files changed while refreshing: look once more when done
      return;
    }
    running = refresh().finally(() => {
      running = null;
      if (again && !closed) {
        again = false;
        run();
      }
    });
  };
  const schedule = () => {
    if (idleTimer) clearTimeout(idleTimer); // files are changing: collect after the refresh, not before it
    idleTimer = null;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, settleMs);
  };

  // Folders recursively; a file through its folder, so a save by rename (most editors) is still seen.
  const watchers: FSWatcher[] = [];
  for (const target of new Set(paths.map((path) => (isDirectory(path) ? path : dirname(path))))) {
    try {
      const watcher = watch(target, { recursive: isDirectory(target) && paths.includes(target) }, schedule);
      watcher.on('error', (error) => events.onError(`cannot watch ${target}: ${error.message}`));
      watchers.push(watcher);
    } catch (error) {
      events.onError(`cannot watch ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }

  return {
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      if (idleTimer) clearTimeout(idleTimer);
      for (const watcher of watchers) watcher.close();
      await running;
    },
  };
}

function isDirectory(path: string): boolean {
  return statOrNull(path)?.isDirectory() ?? false;
}
