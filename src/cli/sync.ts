// `turngraph sync GRAPH.json... [--uri --username --password --database] [--dry-run] [--prune]`.
// Thin: resolves the connection, shows a progress bar on stderr, prints the summary; the work is in src/neo4j/.
import type { Command } from 'commander';
import { addConnectionOptions } from './neo4j-options.ts';
import { SingleBar, Presets } from 'cli-progress';
import { readGraphFile } from '../graph/io.ts';
import { openDriver, resolveNeo4jConfig } from '../neo4j/config.ts';
import { toNeo4jError } from '../neo4j/errors.ts';
import { syncGraphs } from '../neo4j/sync.ts';
import { formatSyncSummary } from '../neo4j/summary.ts';

interface SyncCliOptions {
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
  dryRun?: boolean;
  prune?: boolean;
  batchSize: string;
  timeout: string;
  quiet?: boolean;
}

export function registerSync(program: Command): void {
  addConnectionOptions(program
    .command('sync')
    .description('write graph files into Neo4j (idempotent; re-syncing a document replaces its content)')
    .argument('<graphs...>', 'graph files written by `turngraph build`'))
    .option('--dry-run', 'report what would change, write nothing')
    .option('--prune', 'also remove documents that are in Neo4j but in none of the given graphs')
    .option('--batch-size <n>', 'rows per transaction', '2000')
    .option('--timeout <seconds>', 'time limit per transaction', '120')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (files: string[], options: SyncCliOptions) => {
      const graphs = files.map(readGraphFile);
      const config = resolveNeo4jConfig({ uri: options.uri, username: options.username, password: options.password, database: options.database, timeoutMs: Number(options.timeout) * 1000 });
      const driver = openDriver(config);
      let bar: SingleBar | null = null;
      try {
        await driver.verifyConnectivity({ database: config.database }).catch((error) => {
          throw toNeo4jError(error, config);
        });
        bar = !options.quiet && process.stderr.isTTY ? new SingleBar({ format: 'sync {bar} {percentage}% | {value}/{total} rows | {phase}', stream: process.stderr, hideCursor: true }, Presets.shades_classic) : null;
        let started = false;
        const summary = await syncGraphs(driver, config, graphs, {
          dryRun: Boolean(options.dryRun),
          prune: Boolean(options.prune),
          batchSize: Number(options.batchSize),
          onProgress: (done, total, phase) => {
            if (!bar) return;
            if (!started) (bar.start(total, done, { phase }), (started = true));
            bar.setTotal(total);
            bar.update(done, { phase });
          },
        });
        bar?.stop();
        if (!options.quiet) process.stdout.write(`${formatSyncSummary(summary, `${config.uri}${config.database ? `/${config.database}` : ''}`)}\n`);
      } finally {
        bar?.stop();
        await driver.close();
      }
    });
}
