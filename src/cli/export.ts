// `turngraph export GRAPH.json --format gexf|graphml|csv|cypher -o OUT`: Gephi, neo4j-admin import, cypher-shell.
// Thin: reads the graph, runs src/export/, writes every file atomically (for csv, OUT is a folder).
import type { Command } from 'commander';
import { join } from 'node:path';
import { OptionsError } from '../../extract/errors.ts';
import { EXPORT_FORMATS, exportGraph } from '../export/index.ts';
import { readGraphFile, writeFileAtomic } from '../graph/io.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(`write a graph file as ${EXPORT_FORMATS.join(', ')}`)
    .argument('<graph>', 'graph file written by `turngraph build`')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .requiredOption('-o, --out <path>', 'output file (for csv: a folder, receives nodes.csv and relationships.csv)')
    .action((file: string, options: { format: string; out: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) throw new OptionsError('turngraph export', `--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${options.format}"`);
      const files = exportGraph(readGraphFile(file), options.format);
      const written: string[] = [];
      for (const [name, content] of Object.entries(files)) {
        const path = name === '' ? options.out : join(options.out, name);
        writeFileAtomic(path, content);
        written.push(path);
      }
      process.stdout.write(`wrote ${written.join(', ')}\n`);
    });
}
