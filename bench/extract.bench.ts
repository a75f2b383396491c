// Issue 2's bench: extraction throughput (MB/s) on a generated zh+en corpus (default 20 MB) beside the
// throughput of the Chinese tagger alone (@node-rs/jieba tag()) on the same text, and peak memory.
import { loadavg } from 'node:os';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { buildGraph, extractDocument, loadLexicon, loadRelationRules } from '../extract/index.ts';
import type { DocumentExtraction, SourceText } from '../extract/types.ts';
import { toGraphJSON } from '../src/graph/io.ts';
import { generateCorpus } from './corpus-lib.ts';
import { MB, PeakMemory, argValue, fmtMB, fmtRate, fmtRatio, fmtSec, maxRssBytes, printTable } from './measure.ts';

const sizeMB = Number(argValue('mb', '20'));
const docBytes = 40_000;
const docs = Math.max(3, Math.round((sizeMB * MB) / docBytes));

const memory = new PeakMemory().start();
const sources: SourceText[] = [];
let bytes = 0;
for (const doc of generateCorpus({ docs, lang: 'mixed', sizeBytes: Math.round(sizeMB * MB), seed: 20 })) {
  const id = doc.name.replace(/\.(md|txt)$/, '');
  sources.push({ id, path: doc.name, text: doc.text });
  bytes += Buffer.byteLength(doc.text);
}
process.stdout.write(`corpus: ${sources.length} documents (zh, en, code-switched), ${fmtMB(bytes)}, seed 20\n`);

let started = performance.now();
const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const loadSeconds = (performance.now() - started) / 1000;

for (const source of sources.slice(0, 3)) extractDocument(source, context); // warm-up: JIT, lazy tables
const baseline = process.memoryUsage.rss();

// Extraction alone: every document through extractDocument; results counted, then dropped.
let turns = 0;
let mentions = 0;
let relations = 0;
started = performance.now();
for (const source of sources) {
  const extraction = extractDocument(source, context);
  turns += extraction.turns.length;
  mentions += extraction.mentions.length;
  relations += extraction.relations.length;
  memory.sample();
}
const extractSeconds = (performance.now() - started) / 1000;
const extractPeak = memory.peakRss;

// Chinese tagger alone on the same text.
const jieba = Jieba.withDict(dict);
jieba.tag(sources[0].text);
let tagged = 0;
started = performance.now();
for (const source of sources) tagged += jieba.tag(source.text).length;
const jiebaSeconds = (performance.now() - started) / 1000;

// One long document: the corpus's text joined on one line (no turns, no paragraphs), 1 MB and 4 MB. The same MB/s
// at both sizes means no step grows faster than the text (two quadratic steps were found this way, sessions 7 and 9).
const oneLine = (size: number): SourceText => {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i = (i + 1) % sources.length) {
    // Headings dropped: a line opening with "#" is a heading, and one heading of megabytes holds no turn.
    const part = `${sources[i].text.replace(/^#+\s*/gm, '').replace(/\s+/g, ' ')} `;
    parts.push(part);
    length += Buffer.byteLength(part);
  }
  let text = parts.join('');
  // Cut to the size (characters of 1 to 3 bytes: a proportional cut or two, never splitting a character).
  while (Buffer.byteLength(text) > size) text = text.slice(0, Math.floor((text.length * size) / Buffer.byteLength(text)));
  return { id: `one-line-${size}`, path: `one-line-${size}.txt`, text };
};
const longRows: string[][] = [];
const longRates: number[] = [];
for (const size of [1, 4].map((mb) => mb * MB)) {
  const source = oneLine(size);
  const sourceBytes = Buffer.byteLength(source.text);
  started = performance.now();
  extractDocument(source, context);
  const seconds = (performance.now() - started) / 1000;
  longRates.push(sourceBytes / seconds);
  longRows.push([`one document on one line, ${fmtMB(sourceBytes)}`, fmtRate(sourceBytes, seconds), fmtSec(seconds)]);
}

// One document naming thousands of different companies, each in full once and by its short form once ("Vorlan
// Systems", then "Vorlan"): 4,000 and 16,000 of them. A step run once per company over every turn is quadratic here
// (short forms were, until session 11: 16,000 companies took 14.8 s, 3.7× the time of 8,000).
const SYLLABLES = ['vor', 'lan', 'dex', 'mir', 'tal', 'quen', 'bro', 'sef', 'kal', 'zun', 'pra', 'dol', 'hux', 'ner', 'gav', 'tib'];
const companyName = (i: number): string => {
  let word = '';
  let n = i + 300;
  do {
    word += SYLLABLES[n % 16];
    n = Math.floor(n / 16);
  } while (n > 0);
  return word[0].toUpperCase() + word.slice(1);
};
const manyRates: number[] = [];
for (const count of [4000, 16000]) {
  const turnsOf: string[] = [];
  for (let i = 0; i < count; i++) {
    turnsOf.push(`**Host:** Tell us about ${companyName(i)} Systems and its plans.\n\n**Guest:** Well, we partnered with ${companyName(i)} last year, and they grew fast.`);
  }
  const source: SourceText = { id: `companies-${count}`, path: `companies-${count}.md`, text: turnsOf.join('\n\n') };
  const sourceBytes = Buffer.byteLength(source.text);
  started = performance.now();
  extractDocument(source, context);
  const seconds = (performance.now() - started) / 1000;
  manyRates.push(sourceBytes / seconds);
  longRows.push([`one document naming ${count.toLocaleString('en')} companies, ${fmtMB(sourceBytes)}`, fmtRate(sourceBytes, seconds), fmtSec(seconds)]);
}

// End to end on a slice (extract + merge + layout + JSON), as `turngraph build` does, to show the merge's share.
const slice = sources.slice(0, Math.min(sources.length, 100));
const sliceBytes = slice.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
started = performance.now();
const extractions: DocumentExtraction[] = slice.map((s) => extractDocument(s, context));
const graph = buildGraph(extractions, { name: 'bench' });
const json = toGraphJSON(graph);
const endToEndSeconds = (performance.now() - started) / 1000;
memory.stop();

printTable([
  ['measure', 'value', 'note'],
  ['lexicon + rules load', fmtSec(loadSeconds), 'once per process'],
  ['extraction', fmtRate(bytes, extractSeconds), `${fmtSec(extractSeconds)} for ${fmtMB(bytes)}: ${turns} turns, ${mentions} mentions, ${relations} relations`],
  ['jieba tag() alone', fmtRate(bytes, jiebaSeconds), `${fmtSec(jiebaSeconds)}, ${tagged} tagged words`],
  ['extraction / tagger', fmtRatio(bytes / extractSeconds / (bytes / jiebaSeconds)), 'throughput ratio (1.00× = as fast as the tagger alone)'],
  ['end to end (100 docs)', fmtRate(sliceBytes, endToEndSeconds), `extract + buildGraph + JSON: ${graph.order} nodes, ${graph.size} edges, ${fmtMB(json.length)} JSON`],
  ['peak RSS, extraction', fmtMB(extractPeak), `sampled per document; ${fmtMB(extractPeak - baseline)} above the loaded corpus + lexicon`],
  ['peak RSS, whole run', fmtMB(memory.peakRss), `maxRSS from the OS: ${fmtMB(maxRssBytes())}`],
  ...longRows,
  ['one line, 4 MB / 1 MB MB/s', fmtRatio(longRates[1] / longRates[0]), 'linear cost: about 1.00×; a step quadratic in the text falls well below'],
  ['16,000 / 4,000 companies MB/s', fmtRatio(manyRates[1] / manyRates[0]), 'linear in the names a document holds: about 1.00× or above (fixed costs spread); quadratic falls below 0.5×'],
  ['load average (1 min)', loadavg()[0].toFixed(1), '2 cores: above 2, other processes slow every figure here'],
]);
