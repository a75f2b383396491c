// `npm run bench:corpus -- --docs N --lang zh|en|mixed [--size MB] [--out DIR] [--seed S]`
// Writes a reproducible synthetic transcript corpus (see bench/corpus-lib.ts) to a folder, one file per document.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CorpusOptionsError, generateCorpus, validateCorpusOptions, type CorpusLang, type CorpusOptions } from './corpus-lib.ts';

export interface WriteCorpusResult {
  files: number;
  bytes: number;
}

/** Writes every document of the corpus into `dir` (created if missing); each file via temp + rename. */
export function writeCorpus(options: CorpusOptions, dir: string): WriteCorpusResult {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const doc of generateCorpus(options)) {
    const path = join(dir, doc.name);
    writeFileSync(`${path}.tmp`, doc.text);
    renameSync(`${path}.tmp`, path);
    files++;
    bytes += Buffer.byteLength(doc.text);
  }
  return { files, bytes };
}

const USAGE = `usage: npm run bench:corpus -- [--docs N] [--lang zh|en|mixed] [--size MB] [--out DIR] [--seed S]
  --docs N     documents to write (default 100)
  --lang L     zh, en or mixed: the language of the turn templates (default mixed)
  --size MB    total size in MiB, shared evenly by the documents (default: 24 kB a document)
  --out DIR    folder to write (default .cache/corpus/LANG-DOCS-sSEED)
  --seed S     the same seed writes the same bytes (default 1)
`;

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        docs: { type: 'string', default: '100' },
        lang: { type: 'string', default: 'mixed' },
        size: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
      },
      strict: true,
    });
    const options = validateCorpusOptions({
      docs: Number(values.docs),
      lang: values.lang as CorpusLang,
      sizeBytes: values.size === undefined ? undefined : Math.round(Number(values.size) * 1024 * 1024),
      seed: Number(values.seed),
    });
    const dir = values.out ?? join('.cache', 'corpus', `${options.lang}-${options.docs}-s${options.seed}`);
    const started = performance.now();
    const { files, bytes } = writeCorpus(options, dir);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`wrote ${files} documents, ${(bytes / 1048576).toFixed(2)} MB, to ${dir} in ${seconds.toFixed(1)} s\n`);
    return 0;
  } catch (error) {
    const message = error instanceof CorpusOptionsError ? error.message : `turngraph bench:corpus: ${(error as Error).message}`;
    process.stderr.write(`${message.split('\n')[0]}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
