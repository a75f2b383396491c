// `turngraph build FILE... -o OUT`: transcripts in, one graph file out, a summary on stdout.
// Thin: parses options, shows progress, writes atomically; the work is in src/build/.
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { buildFromFiles } from '../build/build.ts';
import { summarizeBuild } from '../build/summary.ts';
import { writeGraphFile } from '../graph/io.ts';

/** Inputs above this many bytes get a progress bar (when stderr is a terminal). */
const PROGRESS_THRESHOLD_BYTES = 2_000_000;

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract a knowledge graph from transcript files (.md or .txt)')
    .argument('<files...>', 'transcript files')
    .option('-o, --out <file>', 'graph file to write', '')
    .option('--lexicon <file>', 'extra lexicon JSON file (repeatable)', collect, [] as string[])
    .option('--name <name>', 'graph name stored in the file')
    .option('-q, --quiet', 'print nothing but errors')
    .action((files: string[], options: { out: string; lexicon: string[]; name?: string; quiet?: boolean }) => {
      const out = options.out || `graph-data/${files.length === 1 ? basename(files[0]).replace(/\.(md|markdown|txt)$/i, '') : 'graph'}.json`;
      const bar = showProgress(files) ? new SingleBar({ stream: process.stderr, format: 'extracting [{bar}] {value}/{total} {file}' }, Presets.shades_classic) : null;
      bar?.start(files.length, 0, { file: '' });
      try {
        const { graph, diagnostics } = buildFromFiles(files, { lexiconFiles: options.lexicon, name: options.name ?? basename(out).replace(/\.json$/, '') }, (progress) =>
          bar?.update(progress.done, { file: basename(progress.path) }),
        );
        bar?.stop();
        writeGraphFile(out, graph);
        if (!options.quiet) process.stdout.write(`${summarizeBuild(graph, diagnostics, out)}\n`);
      } finally {
        bar?.stop();
      }
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function showProgress(files: string[]): boolean {
  if (!process.stderr.isTTY) return false;
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // a missing file is reported by the reader
    }
  }
  return total > PROGRESS_THRESHOLD_BYTES || files.length > 20;
}
