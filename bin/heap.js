// Whether `bin/turngraph.js` may run a command in node's default heap rather than re-running itself with a larger one.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `turngraph build` options that take a value: the word after them is no input (test/cli/heap.test.ts checks them against the command's own). */
export const VALUED = new Set(['-o', '--out', '--lexicon', '--rules', '--name', '--workers', '--cache']);

/**
 * True for a one-shot `turngraph build` whose inputs fit node's default heap with room to spare: no file over
 * 1/512 of it (a document's extraction peaks at some tens of times its size) and no more than 1/32 of it in all
 * (a 100 MB corpus peaks under 1 GB: README, "Large corpora"). Anything else, or anything not sure (a folder of more
 * than 20,000 entries, `--watch`, which keeps every document's share), re-runs with the larger heap as before.
 */
export function smallBuild(args, haveMb) {
  if (args[0] !== 'build') return false;
  const paths = [];
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-w' || arg === '--watch') return false;
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (VALUED.has(arg)) i++;
    else if (!arg.startsWith('-')) paths.push(arg);
  }
  const limit = { file: (haveMb * 2 ** 20) / 512, total: (haveMb * 2 ** 20) / 32, entries: 20_000 };
  let total = 0;
  let entries = 0;
  const fits = (path) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return true; // the build says what is wrong with it
    }
    if (stats.isFile()) {
      total += stats.size;
      return stats.size <= limit.file && total <= limit.total;
    }
    if (!stats.isDirectory()) return true;
    let names;
    try {
      names = readdirSync(path);
    } catch {
      return true;
    }
    entries += names.length;
    if (entries > limit.entries) return false;
    return names.every((name) => name.startsWith('.') || fits(join(path, name)));
  };
  return paths.length > 0 && paths.every(fits);
}
