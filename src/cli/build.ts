// `turngraph build FILE... -o OUT`: transcripts in, one graph file out, a summary on stdout.
// Thin: parses options, shows progress, writes atomically; the work is in src/build/.
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { basename } from 'node:path';
import { availableParallelism } from 'node:os';
import { buildCorpus } from '../build/corpus.ts';
import { DEFAULT_CACHE_DIR } from '../build/cache.ts';
import type { DiscoveredInput } from '../build/discover.ts';
import { summarizeBuild } from '../build/summary.ts';
import { writeGraphFileStreaming } from '../build/write.ts';

/** Inputs above this many bytes get a progress bar (when stderr is a terminal). */
const PROGRESS_THRESHOLD_BYTES = 2_000_000;

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract a knowledge graph from transcript files (.md or .txt)')
    .argument('<paths...>', 'transcript files, or folders searched recursively for .md/.txt')
    .option('-o, --out <file>', 'graph file to write', '')
    .option('--lexicon <file>', 'extra lexicon JSON file (repeatable)', collect, [] as string[])
    .option('--rules <file>', 'extra relation rules JSON file, in the format of extract/data/relations.json (repeatable)', collect, [] as string[])
    .option('--name <name>', 'graph name stored in the file')
    .option('--workers <n>', 'threads extracting documents in parallel: the main thread and n − 1 worker threads (default: CPU cores)', String(availableParallelism()))
    .option('--cache <dir>', 'incremental cache of per-document extractions', DEFAULT_CACHE_DIR)
    .option('--no-cache', 'extract every document afresh and write no cache')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (files: string[], options: BuildCliOptions) => {
      const out = options.out || `graph-data/${files.length === 1 ? basename(files[0]).replace(/\.(md|markdown|txt)$/i, '') : 'graph'}.json`;
      const workers = Number(options.workers);
      const started = performance.now();
      let bar: SingleBar | null = null;
      try {
        const result = await buildCorpus(
          files,
          { lexiconFiles: options.lexicon, ruleFiles: options.rules, name: options.name ?? basename(out).replace(/\.json$/, ''), workers, cacheDir: options.cache === false ? null : options.cache },
          {
            onStart: (inputs) => {
              bar = showProgress(inputs) ? progressBar() : null;
              bar?.start(inputs.reduce((n, input) => n + input.bytes, 0), 0, { done: 0, files: inputs.length, file: '' });
            },
            onProgress: (p) => bar?.update(p.bytesDone, { done: p.done, file: basename(p.path) }),
          },
        );
        (bar as SingleBar | null)?.stop();
        writeGraphFileStreaming(out, result.graph);
        if (!options.quiet) {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          process.stdout.write(`${summarizeBuild(result.graph, result.diagnostics, out)}\n`);
          process.stdout.write(`extracted ${result.extracted} of ${result.documents} documents (${result.reused} unchanged, from the cache) with ${result.workers} thread${result.workers === 1 ? '' : 's'} in ${seconds} s\n`);
        }
      } finally {
        (bar as SingleBar | null)?.stop();
      }
    });
}

interface BuildCliOptions {
  out: string;
  lexicon: string[];
  rules: string[];
  name?: string;
  workers: string;
  cache: string | false;
  quiet?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function showProgress(inputs: DiscoveredInput[]): boolean {
  if (!process.stderr.isTTY) return false;
  const total = inputs.reduce((n, input) => n + input.bytes, 0);
  return total > PROGRESS_THRESHOLD_BYTES || inputs.length > 20;
}

/** Progress by bytes (so the ETA is fair to long and short documents), on stderr. */
function progressBar(): SingleBar {
  return new SingleBar(
    {
      stream: process.stderr,
      format: 'extracting [{bar}] {percentage}% | {done}/{files} files | ETA {eta_formatted} | {file}',
      etaBuffer: 50,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
}
