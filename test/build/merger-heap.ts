// Run by memory.test.ts in a process of its own (node --expose-gc --import tsx): merges DOCS copies of one extracted
// document into a spooled merger (a large build's: turn texts go to a file), each copy's title, labels, aliases,
// speaker and section names cut from a transcript of its own of 1 MB, as extraction cuts them from the text it
// reads, and prints as JSON the heap in use after collection, with the merger alive, before and after, and the bytes
// of those transcripts (all garbage once merged, unless the merger holds on to them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { createMerger } from '../../extract/stages/assemble.ts';
import type { DocumentContribution } from '../../extract/stages/contribution.ts';
import { JobRunner } from '../../src/build/job.ts';
import { heapAfterGc } from './heap-after-gc.ts';
import { TextSpool } from '../../src/build/spool.ts';

const docs = Number(process.argv[2]);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !(docs > 0)) throw new Error('usage: node --expose-gc --import tsx merger-heap.ts DOCS');


const dir = mkdtempSync(join(tmpdir(), 'tg-merger-memory-'));
try {
  const [doc] = generateCorpus({ docs: 1, lang: 'mixed', seed: 14, sizeBytes: 30_000 });
  const path = join(dir, doc.name);
  writeFileSync(path, doc.text);
  const extracted = JSON.stringify(new JobRunner({ lexiconFiles: [], cache: null }).run({ index: 0, path, id: 'doc' }).contribution);
  const merger = createMerger({}, new TextSpool());
  /** A copy of the document whose strings are cut from a transcript of 1 MB of its own, as extraction cuts them. */
  const copyCutFromItsText = (index: number): { copy: DocumentContribution; textBytes: number } => {
    const copy = JSON.parse(extracted) as DocumentContribution;
    const pieces = ['转录'.repeat(250_000)];
    let length = pieces[0].length;
    const cuts: Array<[number, number, (cut: string) => void]> = [];
    const cutLater = (value: string, put: (cut: string) => void) => {
      pieces.push(value);
      cuts.push([length, length + value.length, put]);
      length += value.length;
    };
    cutLater(`${copy.document.title} ${index}`, (cut) => (copy.document.title = cut));
    for (const entity of copy.entities) {
      cutLater(entity.label, (cut) => (entity.label = cut));
      entity.aliases.forEach((alias, i) => cutLater(alias, (cut) => (entity.aliases[i] = cut)));
    }
    for (const turn of copy.turns) if (turn.section !== null) cutLater(`${turn.section} ${index}`, (cut) => (turn.section = cut));
    const text = pieces.join('');
    for (const [start, end, put] of cuts) put(text.slice(start, end));
    return { copy, textBytes: text.length * 2 };
  };
  const before = heapAfterGc();
  let textBytes = 0;
  for (let index = 0; index < docs; index++) {
    const { copy, textBytes: bytes } = copyCutFromItsText(index);
    textBytes += bytes;
    merger.add(index, copy);
  }
  const after = heapAfterGc();
  console.log(JSON.stringify({ before, after, textBytes, nodes: merger.finish().nodes.length }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
