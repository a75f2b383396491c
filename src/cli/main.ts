// The turngraph command line: registers each subcommand and turns fatal errors into one line on stderr.
// Subcommands live one per file in src/cli/; this file holds no logic of its own.
import { Command, CommanderError } from 'commander';
import { TurngraphError } from '../../extract/errors.ts';
import { registerBuild } from './build.ts';
import { registerEval } from './eval.ts';
import { registerServe } from './serve.ts';
import { registerSync } from './sync.ts';
import { registerCypher } from './cypher.ts';
import { registerExport } from './export.ts';
import pkg from '../../package.json' with { type: 'json' };

// A reader that stops early (`turngraph build … | head`) closes the pipe: the command still finishes its work (the
// graph file is written whole) and what it had left to print is dropped, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') process.exitCode = 74;
  });
}

const program = new Command('turngraph')
  .description('Turn interview and panel transcripts into an explorable knowledge graph.')
  .version(pkg.version, '-V, --version', 'print the version of turngraph')
  .showHelpAfterError()
  .exitOverride();

registerBuild(program);
registerEval(program);
registerServe(program);
registerSync(program);
registerCypher(program);
registerExport(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFatal(error);
}

/** Prints one line for a fatal error and returns the exit code. */
function reportFatal(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof TurngraphError) {
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`turngraph: internal error: ${message.split('\n')[0]}\n`);
  if (process.env.TURNGRAPH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 70;
}
