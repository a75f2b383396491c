// `turngraph build FILE... -o OUT`: transcripts in, one graph file out, a summary on stdout.
// Thin: parses options, shows progress, writes atomically; the work is in src/build/.
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { basename } from 'node:path';
import { availableParallelism } from 'node:os';
import type { CorpusBuildHooks } from '../build/corpus.ts';
import { LiveGraph } from '../build/live.ts';
import { watchCorpus } from '../build/watch.ts';
import type { LiveUpdate } from '../build/live.ts';
import type { Diagnostic } from '../../extract/types.ts';
import { DEFAULT_CACHE_DIR } from '../build/cache.ts';
import type { DiscoveredInput } from '../build/discover.ts';
import type { SkippedDocument } from '../build/parallel.ts';
import { buildFacts, summarizeFacts, type BuildFacts } from '../build/summary.ts';
import { buildGraphFile } from '../build/file.ts';
import { OptionsError } from '../../extract/errors.ts';
import { documentId } from '../../extract/stages/read.ts';

/** Inputs above this many bytes (or 20 files) get a progress bar. */
const PROGRESS_THRESHOLD_BYTES = 2_000_000;
/** Without a terminal, a progress line this often. */
const NOT_TTY_EVERY_MS = 10_000;

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract a knowledge graph from transcript files (.md, .txt; .srt, .vtt subtitles; .html web pages; .docx Word, .odt OpenDocument and .rtf documents; .json from speech-to-text tools)')
    .argument('<paths...>', 'transcript files, or folders searched recursively for .md, .markdown, .txt, .vtt, .srt, .html, .htm, .docx, .odt, .rtf, .json')
    .option('-o, --out <file>', 'graph file to write (default: graph-data/NAME.json, NAME of the one transcript given, else "graph")')
    .option('--lexicon <file>', 'extra lexicon JSON file (repeatable)', collect, [] as string[])
    .option('--rules <file>', 'extra relation rules JSON file, in the format of extract/data/relations.json (repeatable)', collect, [] as string[])
    .option('--name <name>', 'graph name stored in the file')
    .option('--workers <n>', `threads extracting documents in parallel: the main thread and n − 1 worker threads (default: ${availableParallelism()}, the CPU cores)`)
    .option('--cache <dir>', 'incremental cache of per-document extractions', DEFAULT_CACHE_DIR)
    .option('--no-cache', 'extract every document afresh and write no cache')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--strict', 'stop at a transcript found in a folder that cannot be read (by default it is skipped with a warning)')
    .option('-w, --watch', 'keep running and update the graph file whenever a transcript changes (an edit is merged in without a full rebuild)')
    .action(async (files: string[], options: BuildCliOptions) => {
      const out = options.out || `graph-data/${files.length === 1 ? documentId(files[0]) : 'graph'}.json`;
      // Number('abc') is NaN and Number('') is 0: check the text, so the error names what was typed.
      const typed = options.workers ?? String(availableParallelism());
      if (!/^\d+$/.test(typed.trim())) throw new OptionsError('turngraph build', `--workers must be an integer from 1 to 256, got "${typed}"`);
      const workers = Number(typed);
      const settings = { lexiconFiles: options.lexicon, ruleFiles: options.rules, name: options.name ?? basename(out).replace(/\.json$/, ''), workers, cacheDir: options.cache === false ? null : options.cache, strict: Boolean(options.strict) };
      const started = performance.now();
      let bar: SingleBar | null = null;
      let wantBar = false;
      const hooks: CorpusBuildHooks = {
        onStart: (inputs) => {
          for (const { path, alsoAs } of inputs) if (alsoAs && !options.quiet) process.stderr.write(`note: read ${path} only; ${alsoAs.join(', ')} ${alsoAs.length === 1 ? 'is the same transcript in another format' : 'are the same transcript in other formats'}\n`);
          wantBar = !options.quiet && showProgress(inputs);
        },
        // The bar starts with the first document done: a build that patches the last file shows none.
        onProgress: (p) => {
          if (!bar && wantBar) {
            bar = progressBar(Boolean(process.stderr.isTTY));
            bar.start(p.bytesTotal, 0, { done: 0, files: p.total, file: '' });
          }
          bar?.update(p.bytesDone, { done: p.done, file: basename(p.path) });
        },
      };
      const report = (facts: BuildFacts, diagnostics: Diagnostic[], counts: { extracted: number; reused: number; workers: number; skipped: SkippedDocument[]; kind?: string }) => {
        warnSkipped(counts.skipped); // even when quiet: documents are missing from the graph
        if (options.quiet) return;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`${summarizeFacts(facts, diagnostics, out)}\n`);
        const documents = facts.documents.length;
        const reused = counts.reused ? ` (${counts.reused} unchanged, from the cache)` : '';
        const skipped = counts.skipped.length ? `; skipped ${counts.skipped.length} that could not be read (see above)` : '';
        const patched = counts.kind === 'patched' ? '; the last graph file patched in place' : '';
        process.stdout.write(`extracted ${counts.extracted} of ${documents} documents${reused} with ${counts.workers} thread${counts.workers === 1 ? '' : 's'} in ${seconds} s${skipped}${patched}\n`);
      };
      try {
        if (options.watch) {
          const live = await LiveGraph.build(files, settings, hooks);
          (bar as SingleBar | null)?.stop();
          live.write(out);
          report(buildFacts(live.graph), live.diagnostics, live.first);
          live.warm();
          await watchUntilStopped(files, live, out, Boolean(options.quiet));
          return;
        }
        const built = await buildGraphFile(files, out, settings, hooks);
        (bar as SingleBar | null)?.stop();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (built.kind === 'up-to-date') {
          // Nothing changed since this file was written by a cached build (src/build/stamp.ts).
          if (!options.quiet) process.stdout.write(`${out} is up to date: its ${built.documents} document${built.documents === 1 ? '' : 's'} and settings are unchanged since it was written (checked in ${seconds} s)\n`);
          return;
        }
        if (built.declined && process.env.TURNGRAPH_DEBUG) process.stderr.write(`turngraph: built in full, not patched: ${built.declined}\n`);
        report(built.facts, built.diagnostics, built);
      } finally {
        (bar as SingleBar | null)?.stop();
      }
    });
}

interface BuildCliOptions {
  out?: string;
  lexicon: string[];
  rules: string[];
  name?: string;
  workers?: string;
  cache: string | false;
  quiet?: boolean;
  watch?: boolean;
  strict?: boolean;
}

/** Most skipped documents listed one per line on stderr; the rest counted. */
const SKIPPED_SHOWN = 12;

function warnSkipped(skipped: SkippedDocument[]): void {
  for (const { path, reason } of skipped.slice(0, SKIPPED_SHOWN)) process.stderr.write(`warning: skipped ${path}: ${reason}\n`);
  if (skipped.length > SKIPPED_SHOWN) process.stderr.write(`warning: … and ${skipped.length - SKIPPED_SHOWN} more skipped (rerun with --strict to stop at the first)\n`);
}

/** Keeps the graph file current until Ctrl-C (or SIGTERM): a line per update on stdout, errors on stderr. */
async function watchUntilStopped(files: string[], live: LiveGraph, out: string, quiet: boolean): Promise<void> {
  const documents = live.graph.getAttribute('documents').length;
  const watcher = watchCorpus(files, live, out, {
    onUpdate: (update, seconds) => {
      if (!quiet) process.stdout.write(`${describeUpdate(update, out, seconds)}\n`);
    },
    onError: (message) => process.stderr.write(`error: ${message}\n`),
  });
  if (!quiet) process.stdout.write(`watching ${documents} document${documents === 1 ? '' : 's'} for changes (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void watcher.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function describeUpdate(update: LiveUpdate, out: string, seconds: number): string {
  const took = `${seconds.toFixed(2)} s`;
  if (update.kind === 'rebuild') return `rebuilt ${out} in ${took}: many files changed at once (${update.documents} documents)`;
  const added = new Set(update.added);
  const edited = update.extracted.filter((path) => !added.has(path));
  if (!added.size && !update.removed.length) return `updated ${out} in ${took}: ${named('re-extracted', edited)} (${edited.length} of ${update.documents} documents)`;
  const parts = [named('added', update.extracted.filter((path) => added.has(path))), named('removed', update.removed), named('re-extracted', edited)];
  return `updated ${out} in ${took}: ${parts.filter(Boolean).join('; ')} (${update.documents} documents)`;
}

/** "added a.md, b.md and 2 more" (file names), or '' for none. */
function named(verb: string, paths: string[]): string {
  if (!paths.length) return '';
  const names = paths.map((path) => basename(path));
  return `${verb} ${names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')}`;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function showProgress(inputs: DiscoveredInput[]): boolean {
  const total = inputs.reduce((n, input) => n + input.bytes, 0);
  return total > PROGRESS_THRESHOLD_BYTES || inputs.length > 20;
}

/**
 * Progress by bytes (so the ETA is fair to long and short documents), on stderr: a bar redrawn in place on a
 * terminal; into a log or a pipe (nohup, CI), one plain line every NOT_TTY_EVERY_MS, so a long build is seen to move.
 */
function progressBar(tty: boolean): SingleBar {
  return new SingleBar(
    {
      stream: process.stderr,
      format: tty ? 'extracting [{bar}] {percentage}% | {done}/{files} files | ETA {eta_formatted} | {file}' : 'extracting {percentage}% | {done}/{files} files | ETA {eta_formatted}',
      etaBuffer: 50,
      hideCursor: tty,
      noTTYOutput: !tty,
      clearOnComplete: !tty, // no empty line after the last one (on a terminal the finished bar stays)
      notTTYSchedule: NOT_TTY_EVERY_MS,
    },
    Presets.shades_classic,
  );
}
