// `turngraph eval GRAPH --gold GOLD.json [--json] [--min metric=value ...]`: scores a built graph
// against a hand-made annotation. Reads the two files and prints; the scoring lives in src/eval/.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EvalError, evaluate, formatReport, parseGold, parseGraph, type EvalReport, type Ratio } from '../eval/index.ts';

/** Metrics a `--min` threshold can name, and where they sit in the report. */
const METRICS: Record<string, (r: EvalReport) => Ratio> = {
  'entity-recall': (r) => r.entities.all,
  'important-recall': (r) => r.entities.important,
  'named-precision': (r) => r.namedPrecision,
  'concept-precision': (r) => r.conceptPrecision,
  'relation-recall': (r) => r.relations.typed,
  'untyped-relation-recall': (r) => r.relations.untyped,
};

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score a graph file against a gold annotation (entity recall/precision, splits, relations, spans, speakers).')
    .argument('<graph>', 'graph JSON written by `turngraph build`')
    .requiredOption('--gold <file>', 'gold annotation JSON (format of ../shared/gold/*.json)')
    .option('--json', 'print the full report as JSON')
    .option('--min <metric=value...>', `fail (exit 1) when a score is below value; metrics: ${Object.keys(METRICS).join(', ')}`)
    .action(async (graphFile: string, options: { gold: string; json?: boolean; min?: string[] }) => {
      const thresholds = parseThresholds(options.min ?? []);
      const graph = parseGraph(await readJson(graphFile), graphFile);
      const gold = parseGold(await readJson(options.gold), options.gold);
      const report = evaluate(graph, gold);
      process.stdout.write(`${options.json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
      const failed = thresholds.filter(([metric, min]) => (METRICS[metric](report).value ?? 1) < min);
      for (const [metric, min] of failed) {
        process.stderr.write(`turngraph eval: ${metric} ${METRICS[metric](report).value!.toFixed(3)} is below ${min}\n`);
      }
      if (failed.length > 0) process.exitCode = 1;
    });
}

function parseThresholds(specs: string[]): [string, number][] {
  return specs.map((spec) => {
    const [metric, value] = spec.split('=');
    const min = Number(value);
    if (!(metric in METRICS) || value === undefined || !Number.isFinite(min)) {
      throw new EvalError(`--min ${spec}: expected metric=value with metric one of ${Object.keys(METRICS).join(', ')}`);
    }
    return [metric, min];
  });
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EvalError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EvalError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}
