// `turngraph serve GRAPH.json... [--port N] [--host H] [--dev]`: opens the viewer over the given graph files.
// Thin: parses flags and prints the URL; the server lives in src/server/serve.ts.
import type { Command } from 'commander';
import { DEFAULT_SERVE_OPTIONS, startViewer } from '../server/serve.ts';
import { ServeError } from '../server/errors.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the graph viewer for one or more graph files (http://127.0.0.1:5173 by default)')
    .argument('<graphs...>', 'graph JSON files written by `turngraph build`')
    .option('-p, --port <n>', 'port to listen on (default: the PORT environment variable, else 5173)')
    .option('--host <host>', 'address to bind', DEFAULT_SERVE_OPTIONS.host)
    .option('--dev', 'run Vite\'s dev server (reloads when web/ changes)')
    .action(async (graphs: string[], options: { port?: string; host: string; dev?: boolean }) => {
      const typed = options.port ?? process.env.PORT ?? String(DEFAULT_SERVE_OPTIONS.port);
      const port = Number(typed);
      if (!/^\d+$/.test(typed)) throw new ServeError(`invalid port "${typed}"${options.port === undefined ? ' (from the PORT environment variable)' : ''}`);
      const viewer = await startViewer({ files: graphs, port, host: options.host, dev: Boolean(options.dev) });
      process.stdout.write(`turngraph viewer: ${viewer.url}  (${graphs.length} graph file${graphs.length === 1 ? '' : 's'}; Ctrl+C to stop)\n`);
      const stop = () => void viewer.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
