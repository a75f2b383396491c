// Issue 5's extraction benches: `turngraph build DIR` MB/s and peak memory at 10 MB and 100 MB with 1 and 2
// workers, and an incremental rebuild after touching 1 of 1,000 documents vs the full build, one-shot and under
// `build --watch` (also on the largest corpus). Figures and ratios.
// Options: --sizes 10,100 (MB; 0 skips)  --rounds 3 (of the smallest size)  --incremental-docs 1000
// --incremental-doc-bytes 10000,40000 (one rebuild per size: short notes and hour-long interviews)  --skip-incremental.
// Corpora are generated under .cache/bench/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.ts';
import type { CorpusOptions } from './corpus-lib.ts';
import type { BuildFigures } from './scale-child.ts';
import { MB, argValue, fmtMB, fmtRate, fmtRatio, fmtSec, printTable } from './measure.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, '.cache', 'bench');
const sizes = argValue('sizes', '10,100').split(',').map(Number).filter((mb) => mb > 0);
const rounds = Math.max(1, Number(argValue('rounds', '3')));
const incrementalDocs = Number(argValue('incremental-docs', '1000'));
const incrementalDocBytes = argValue('incremental-doc-bytes', '10000,40000').split(',').map(Number).filter((n) => n > 0);
const skipIncremental = process.argv.includes('--skip-incremental');

/** Generates the corpus once per option set; a marker file holds the options it was made with. */
function corpus(name: string, options: CorpusOptions): string {
  const dir = join(WORK, name);
  const marker = join(dir, '.options.json');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(options)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeCorpus(options, dir);
  writeFileSync(marker, JSON.stringify(options));
  return dir;
}

// Worker threads run the prebuilt bundle, as under bin/turngraph.js (the child's main thread runs through tsx: the
// same code once loaded).
const { prepareBundle } = (await import(join(ROOT, 'bin', 'bundle.js'))) as { prepareBundle: () => Promise<{ worker: string }> };
const workerBundle = (await prepareBundle()).worker;

function buildArgs(dir: string, workers: number, cache: string | null, out = 'scale-out.json', file = false, nodeFlags: string[] = []): string[] {
  const args = [...nodeFlags, '--import', 'tsx', join(ROOT, 'bench/scale-child.ts'), '--dir', dir, '--workers', String(workers), '--out', join(WORK, out)];
  if (cache) args.push('--cache', cache);
  if (file) args.push('--file');
  return args;
}

function figuresOf(stdout: string): BuildFigures {
  return JSON.parse(stdout.trim().split('\n').pop()!) as BuildFigures;
}

/** One build in a child; with `file`, the CLI's whole path into the graph file `out` (patched when it can be). */
function measuredBuild(dir: string, workers: number, cache: string | null, out?: string, file = false, nodeFlags: string[] = []): BuildFigures {
  const env = { ...process.env, TURNGRAPH_WORKER_BUNDLE: workerBundle };
  const child = spawnSync(process.execPath, buildArgs(dir, workers, cache, out, file, nodeFlags), { encoding: 'utf8', env, maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`build of ${dir} with ${workers} worker(s) failed (${child.signal ?? `exit ${child.status}`})`);
  return figuresOf(child.stdout);
}

/** The same build, not waited for: two of them run side by side. */
async function measuredBuildAsync(dir: string, out: string): Promise<BuildFigures> {
  const env = { ...process.env, TURNGRAPH_WORKER_BUNDLE: workerBundle };
  const child = spawn(process.execPath, buildArgs(dir, 1, null, out), { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`build of ${dir} failed (exit ${code})`);
  return figuresOf(stdout);
}

/** Two folders of links to alternate documents of `dir`: two halves of the same corpus. */
function halvesOf(dir: string): [string, string] {
  const halves = [`${dir}-half-a`, `${dir}-half-b`] as [string, string];
  for (const half of halves) rmSync(half, { recursive: true, force: true });
  for (const half of halves) mkdirSync(half);
  readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .forEach((name, i) => symlinkSync(join(dir, name), join(halves[i % 2], name)));
  return halves;
}

// 1. Throughput and memory by size and worker count (no cache: every document extracted). The machine's speed drifts
// by tens of percent within minutes, so the smallest corpus is built in `rounds` rounds, one thread then two, and
// each row is the round with the median extraction time; the 2 / 1 ratio of every round is printed too.
const rows: string[][] = [['corpus', 'workers', 'extract', 'end to end', 'merge+layout', 'write', 'peak RSS', 'graph', 'load']];
const bySize = new Map<number, Map<number, BuildFigures>>();
const roundRatios = new Map<number, number[]>();
for (const mb of sizes) {
  const dir = corpus(`scale-${mb}mb`, { docs: Math.max(1, Math.round((mb * MB) / 40_000)), lang: 'mixed', sizeBytes: mb * MB, seed: 5 });
  const runs = new Map<number, BuildFigures[]>([[1, []], [2, []]]);
  const ratiosOfRounds: number[] = [];
  for (let round = 0; round < (mb === Math.min(...sizes) ? rounds : 1); round++) {
    for (const workers of [1, 2]) runs.get(workers)!.push(measuredBuild(dir, workers, null));
    const [one, two] = [runs.get(1)!.at(-1)!, runs.get(2)!.at(-1)!];
    ratiosOfRounds.push(one.extractSeconds / two.extractSeconds);
    process.stdout.write(`  measured ${mb} MB, round ${round + 1}: extraction ${fmtSec(one.extractSeconds)} with 1 thread, ${fmtSec(two.extractSeconds)} with 2 (${fmtRatio(ratiosOfRounds.at(-1)!)}); end to end ${fmtSec(one.totalSeconds)}, ${fmtSec(two.totalSeconds)}\n`);
  }
  const results = new Map<number, BuildFigures>();
  for (const [workers, list] of runs) {
    const f = [...list].sort((a, b) => a.extractSeconds - b.extractSeconds)[Math.floor((list.length - 1) / 2)];
    results.set(workers, f);
    rows.push([
      `${fmtMB(f.bytes)} / ${f.docs} docs`, String(f.workers), fmtRate(f.bytes, f.extractSeconds), fmtRate(f.bytes, f.totalSeconds),
      fmtSec(f.graphSeconds), fmtSec(f.writeSeconds), fmtMB(Math.max(...list.map((g) => Math.max(g.peakRss, g.maxRss)))), `${f.nodes} nodes, ${f.edges} edges`, f.load.toFixed(1),
    ]);
  }
  bySize.set(mb, results);
  roundRatios.set(mb, ratiosOfRounds);
}
if (rows.length > 1) process.stdout.write('\nBuild throughput (extract = read + extract; end to end = + merge, layout, write)\n');
if (rows.length > 1) printTable(rows);

const ratios: string[][] = [['ratio', 'value', 'target (issue 5)']];

// The machine's own ceiling for two threads: the same allocation-heavy JavaScript alone, then twice at once (two
// processes, so nothing of ours is shared), with V8's parallel collector and with one collector thread each.
async function probeSeconds(flags: string[]): Promise<number> {
  const child = spawn(process.execPath, [...flags, join(ROOT, 'bench/alloc-probe.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`alloc-probe failed (exit ${code})`);
  return Number(out.trim());
}
if (bySize.size) {
  for (const [label, flags] of [['', []], [', one GC thread each', ['--single-threaded-gc']]] as const) {
    const alone = await probeSeconds([...flags]);
    const pair = await Promise.all([probeSeconds([...flags]), probeSeconds([...flags])]);
    const together = (pair[0] + pair[1]) / 2;
    process.stdout.write(`  machine probe${label}: ${fmtSec(alone)} alone, ${fmtSec(pair[0])} and ${fmtSec(pair[1])} side by side\n`);
    ratios.push([`machine ceiling: allocation-heavy JS, 2 processes / 1${label}`, fmtRatio((2 * alone) / together), '(reference)']);
  }
}
// The same ceiling for our own work, with nothing shared: the smallest corpus built whole by one one-thread process,
// then in two halves by two one-thread processes side by side. Each process pays its own start and warm-up, as each
// of our threads does, so this is what splitting our extraction two ways can gain here, however it is split. (Until
// session 24 this compared the halves one after the other with side by side, which counted the start twice and
// gave 1.5-1.8x where the whole against the halves gives 1.3x.)
if (bySize.size) {
  const small = Math.min(...sizes);
  const halves = halvesOf(join(WORK, `scale-${small}mb`));
  const each: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const whole = measuredBuild(join(WORK, `scale-${small}mb`), 1, null);
    const together = await Promise.all(halves.map((half, i) => measuredBuildAsync(half, `scale-out-half-${i}.json`)));
    each.push(whole.extractSeconds / Math.max(...together.map((f) => f.extractSeconds)));
    const seconds = together.map((f) => fmtSec(f.extractSeconds)).join(' and ');
    process.stdout.write(`  our ${small} MB build, one thread, extraction: ${fmtSec(whole.extractSeconds)} whole in one process, ${seconds} in halves side by side (${fmtRatio(each.at(-1)!)})\n`);
  }
  const median = [...each].sort((a, b) => a - b)[Math.floor((each.length - 1) / 2)];
  const label = each.length > 1 ? ` (median; each round: ${each.map(fmtRatio).join(', ')})` : '';
  ratios.push([`our ${small} MB build as 2 processes side by side (a half each) / 1 process (the whole), extraction${label}`, fmtRatio(median), '(reference)']);
}
// How much of a second core a one-thread build already takes: V8 collects garbage and compiles on threads of its own.
// On two cores, two extracting threads can gain at most 2 / this much over one.
for (const [mb, results] of bySize) {
  const one = results.get(1)!;
  const cores = one.extractCpuSeconds / one.extractSeconds;
  const background = one.extractCpuSeconds - one.extractMainCpuSeconds;
  if (!Number.isFinite(cores)) continue;
  const share = Number.isFinite(background) ? ` (${fmtSec(background)} of ${fmtSec(one.extractCpuSeconds)} CPU off the main thread)` : '';
  ratios.push([`${mb} MB, 1 worker: cores busy during extraction${share}`, cores.toFixed(2), '(reference)']);
  ratios.push([`  so 2 workers / 1 can reach at most, on 2 cores`, fmtRatio(2 / cores), '(reference)']);
}
// What that background work is: the same one-thread build with V8's optimizing compiler on the main thread
// (--no-concurrent-recompilation). What leaves the other threads is compilation, which every extracting thread (its
// own V8 isolate) does again for itself; what stays is the collector's helpers.
if (bySize.size) {
  const small = Math.min(...sizes);
  const one = bySize.get(small)!.get(1)!;
  const inline = measuredBuild(join(WORK, `scale-${small}mb`), 1, null, undefined, false, ['--no-concurrent-recompilation']);
  const off = (f: BuildFigures) => f.extractCpuSeconds - f.extractMainCpuSeconds;
  if (Number.isFinite(off(one)) && Number.isFinite(off(inline))) {
    process.stdout.write(`  our ${small} MB build, one thread, compiling on the main thread: extraction ${fmtSec(inline.extractSeconds)} (${fmtSec(one.extractSeconds)} as usual), CPU off the main thread ${fmtSec(off(inline))} (${fmtSec(off(one))})\n`);
    ratios.push([`${small} MB, 1 worker: CPU off the main thread that is V8's optimizing compiler`, fmtSec(Math.max(0, off(one) - off(inline))), '(reference)']);
  }
}
for (const [mb, results] of bySize) {
  const one = results.get(1)!;
  const two = results.get(2)!;
  const each = roundRatios.get(mb)!;
  const label = each.length > 1 ? ` (median rounds; each round: ${each.map(fmtRatio).join(', ')})` : '';
  ratios.push([`${mb} MB: 2 workers / 1, extraction${label}`, fmtRatio(one.extractSeconds / two.extractSeconds), '≥ 1.8×']);
  ratios.push([`${mb} MB: 2 workers / 1, end to end`, fmtRatio(one.totalSeconds / two.totalSeconds), '']);
}
if (sizes.length >= 2) {
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  for (const workers of [1, 2]) {
    const a = bySize.get(small)!.get(workers)!;
    const b = bySize.get(large)!.get(workers)!;
    const rate = (f: BuildFigures, s: number) => f.bytes / s;
    ratios.push([`${large} MB vs ${small} MB, ${workers} worker(s), extraction MB/s`, fmtRatio(rate(b, b.extractSeconds) / rate(a, a.extractSeconds)), 'within 20% (0.80–1.20×)']);
    ratios.push([`${large} MB vs ${small} MB, ${workers} worker(s), end-to-end MB/s`, fmtRatio(rate(b, b.totalSeconds) / rate(a, a.totalSeconds)), '']);
  }
  const peak = Math.max(...[...bySize.get(large)!.values()].map((f) => Math.max(f.peakRss, f.maxRss)));
  ratios.push([`peak memory at ${large} MB`, fmtMB(peak), '< 1 GB']);
}

/**
 * `turngraph build DIR --watch` on the warm cache, one process as a user runs it: seconds from each edit's write to
 * its "updated" line on stdout (fs.watch latency and the 100 ms settle included), the time the line reports (refresh
 * and write), and the process's peak resident memory.
 */
const PAUSE_BETWEEN_EDITS_MS = 2000;

/** The edit the incremental benches make: one turn appended to the corpus's middle document. */
function editOfMiddleDocument(dir: string, docs: number): { file: string; original: Buffer; touchedText: Buffer; variants: Buffer[]; naming: Buffer } {
  const middle = Math.floor(docs / 2);
  const stem = join(dir, `synth-${String(middle).padStart(5, '0')}.${['zh', 'en', 'mixed'][middle % 3]}`);
  const file = existsSync(`${stem}.md`) ? `${stem}.md` : `${stem}.txt`;
  const original = readFileSync(file);
  // The same edit worded three ways: each a version the cache does not hold, for a median of three one-shot builds.
  const variants = ['last month', 'last week', 'in June'].map((when) => Buffer.concat([original, Buffer.from(`\n**Guest:** One more thing: Anthropic released Claude 3.5 Sonnet ${when}.\n`)]));
  // An edit that names people, a company and a place no transcript of the corpus names: the graph gains entities.
  const naming = Buffer.concat([original, Buffer.from('\n**Guest:** I met Zelda Quist and Tomasz Wierzbicki of Kestrel Photonics in Tromsø.\n')]);
  return { file, original, touchedText: variants[0], variants, naming };
}

/** Steps that write one file's versions in turn. */
const writes = (file: string, versions: Buffer[]) => versions.map((version) => () => writeFileSync(file, version));

/**
 * Under `build --watch`, each step (an edit, a file added or removed) 2 s after the last update; seconds from the step
 * to its "updated" line, and what the line reports.
 */
async function watchedEdits(dir: string, cache: string, steps: Array<() => void>): Promise<{ seconds: number[]; reported: number[]; peakRss: number }> {
  const env = { ...process.env, TURNGRAPH_WORKER_BUNDLE: workerBundle, TURNGRAPH_CHILD: '1' }; // no re-spawn: this pid is the builder
  const args = [join(ROOT, 'bin/turngraph.js'), 'build', dir, '-o', join(WORK, 'watch-out.json'), '--cache', cache, '--watch', '--workers', '2'];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let pending = '';
  const lines: string[] = [];
  const waiting: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  child.stdout.on('data', (chunk) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop()!;
    for (const line of parts) {
      const at = waiting.findIndex((w) => w.pattern.test(line));
      if (at >= 0) waiting.splice(at, 1)[0].resolve(line);
      else lines.push(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const next = (pattern: RegExp) =>
    Promise.race([
      new Promise<string>((resolve) => waiting.push({ pattern, resolve })),
      exited.then((code) => Promise.reject(new Error(`build --watch exited (${code}) before printing ${pattern}`))),
    ]);
  const seconds: number[] = [];
  const reported: number[] = [];
  try {
    await next(/^watching /);
    for (const step of steps) {
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_EDITS_MS)); // as a person saves: seconds apart
      const line = next(/^updated /);
      const started = performance.now();
      step();
      const text = await line;
      seconds.push((performance.now() - started) / 1000);
      reported.push(Number(/ in ([\d.]+) s:/.exec(text)![1]));
    }
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const peakRss = Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024;
    return { seconds, reported, peakRss };
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

/** Seconds `turngraph build ARGS` takes as a user runs it: the CLI (bin/turngraph.js), wall clock, node's start included. */
function cliSeconds(args: string[]): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'turngraph.js'), 'build', ...args, '-q'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`turngraph build ${args.join(' ')} failed (${child.signal ?? `exit ${child.status}`})`);
  return (performance.now() - started) / 1000;
}

// 2. Incremental: full build into an empty cache, touch 1 document, rebuild (one-shot, as `turngraph build` runs:
// the last graph file patched in place when the edit allows), undo it; then the same edits under --watch.
if (!skipIncremental) {
  const table = [['corpus', 'build', 'how', 'extracted', 'reused', 'extract', 'merge+layout', 'write', 'total', 'peak RSS', 'load']];
  const cliRows = [['corpus', 'full build (empty cache)', 'after touching 1 (median of 3 edits)', 'the edited one alone, no cache', 'one-shot / full', 'floor / full']];
  const watchRows = [['corpus', 'edit', 'undo', 'edit', 'undo', 'edit', 'median', 'add a document', 'remove it', 'peak RSS of the watching process']];
  for (const docBytes of incrementalDocBytes) {
    const dir = corpus(`incremental-${incrementalDocs}x${docBytes}`, { docs: incrementalDocs, lang: 'mixed', sizeBytes: incrementalDocs * docBytes, seed: 6 });
    const cache = join(WORK, `incremental-cache-${incrementalDocs}x${docBytes}`);
    const out = `incremental-${incrementalDocs}x${docBytes}.json`;
    rmSync(cache, { recursive: true, force: true });
    rmSync(`${cache}-cli`, { recursive: true, force: true });
    const full = measuredBuild(dir, 2, cache, out, true);
    const { file, original, touchedText, variants, naming } = editOfMiddleDocument(dir, incrementalDocs);
    let incremental: BuildFigures;
    let oneShots: BuildFigures[] = [];
    let named: BuildFigures;
    let undone: BuildFigures;
    let alone: BuildFigures;
    const aloneDir = `${dir}-edited-alone`;
    let watched: Awaited<ReturnType<typeof watchedEdits>>;
    const cli = { full: 0, edited: 0, alone: 0 };
    try {
      // Three edits, each of the original (the last file then holds the one before: the record follows it).
      oneShots = variants.map((text) => {
        writeFileSync(file, text);
        return measuredBuild(dir, 2, cache, out, true);
      });
      incremental = [...oneShots].sort((a, b) => a.totalSeconds - b.totalSeconds)[1];
      writeFileSync(file, naming);
      named = measuredBuild(dir, 2, cache, out, true);
      writeFileSync(file, original);
      undone = measuredBuild(dir, 2, cache, out, true);
      // The floor of any one-shot rebuild: the edited transcript alone, built in a fresh process (lexicon, segmenter,
      // NLP model and regular expressions loaded and compiled cold) with no cache, measured the same way.
      rmSync(aloneDir, { recursive: true, force: true });
      mkdirSync(aloneDir);
      writeFileSync(join(aloneDir, basename(file)), touchedText);
      alone = measuredBuild(aloneDir, 1, null);
      // The same three as a user runs them: the CLI, wall clock.
      const cliOut = join(WORK, `cli-${out}`);
      cli.full = cliSeconds([dir, '-o', cliOut, '--cache', `${cache}-cli`, '--workers', '2']);
      const edits = variants.map((text) => {
        writeFileSync(file, text);
        return cliSeconds([dir, '-o', cliOut, '--cache', `${cache}-cli`, '--workers', '2']);
      });
      cli.edited = [...edits].sort((a, b) => a - b)[1];
      writeFileSync(file, original);
      cli.alone = cliSeconds([aloneDir, '-o', join(WORK, 'cli-alone.json'), '--no-cache', '--workers', '1']);
      // Under --watch: the same edit, undone, made again, five times in all; then a new document (the middle one's
      // text under a name that sorts next to it: every later document moves up a place) added and removed.
      const added = file.replace(/(synth-\d+)/, '$1a');
      watched = await watchedEdits(dir, cache, [...writes(file, [touchedText, original, touchedText, original, touchedText]), () => writeFileSync(added, touchedText), () => rmSync(added)]);
    } finally {
      writeFileSync(file, original);
      rmSync(file.replace(/(synth-\d+)/, '$1a'), { force: true });
    }
    const name = `${full.docs} docs × ${Math.round(full.bytes / full.docs / 1000)} kB`;
    const touched = oneShots.map((f, i) => [`after touching 1 (edit ${i + 1} of 3)`, f] as const);
    for (const [label, f] of [['full (empty cache)', full], ...touched, ['an edit naming new entities', named!], ['the edit undone (entities gone again)', undone], ['the edited one alone, no cache', alone]] as const) {
      const patched = f.kind === 'patched';
      table.push([name, label, patched ? 'patched' : 'built', String(f.extracted), String(f.reused), fmtSec(f.extractSeconds), patched ? '—' : fmtSec(f.graphSeconds), patched ? '—' : fmtSec(f.writeSeconds), fmtSec(f.totalSeconds), fmtMB(f.peakRss), f.load.toFixed(1)]);
    }
    const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
    ratios.push([`incremental / full build time, ${name}: one-shot \`turngraph build\`, median of 3 edits (${oneShots.map((f) => f.kind).join(', ')}; slowest)`, `${percent(incremental.totalSeconds, full.totalSeconds)} (${percent(Math.max(...oneShots.map((f) => f.totalSeconds)), full.totalSeconds)})`, '≤ 5%']);
    ratios.push([`  an edit naming new entities (${named!.kind})`, percent(named!.totalSeconds, full.totalSeconds), '≤ 5%']);
    ratios.push([`  the edit undone (${undone.kind}; the cache holds that version)`, percent(undone.totalSeconds, full.totalSeconds), '']);
    ratios.push([`  floor of any one-shot rebuild: the edited document built alone in a fresh process / full`, percent(alone.totalSeconds, full.totalSeconds), '(reference)']);
    ratios.push([`  the same as a user runs it (CLI, wall clock, node's start included; median of 3 edits)`, percent(cli.edited, cli.full), '≤ 5%']);
    cliRows.push([name, fmtSec(cli.full), fmtSec(cli.edited), fmtSec(cli.alone), percent(cli.edited, cli.full), percent(cli.alone, cli.full)]);
    const [addSeconds, removeSeconds] = watched.seconds.slice(5);
    const [addReported, removeReported] = watched.reported.slice(5);
    watched.seconds.length = watched.reported.length = 5;
    const sorted = [...watched.seconds].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const worst = sorted[sorted.length - 1];
    watchRows.push([
      name, ...watched.seconds.map((s, i) => `${fmtSec(s)} (${fmtSec(watched.reported[i])})`), fmtSec(median),
      `${fmtSec(addSeconds)} (${fmtSec(addReported)})`, `${fmtSec(removeSeconds)} (${fmtSec(removeReported)})`, fmtMB(watched.peakRss),
    ]);
    ratios.push([`build --watch update / full build time, ${name}: median of 5 edits (slowest)`, `${((median / full.totalSeconds) * 100).toFixed(1)}% (${((worst / full.totalSeconds) * 100).toFixed(1)}%)`, '≤ 5%']);
    ratios.push([`  a document added / removed under --watch`, `${((addSeconds / full.totalSeconds) * 100).toFixed(1)}% / ${((removeSeconds / full.totalSeconds) * 100).toFixed(1)}%`, '']);
    process.stdout.write(`  measured incremental rebuild, ${name}: ${fmtSec(incremental.totalSeconds)} vs ${fmtSec(full.totalSeconds)}\n`);
  }
  process.stdout.write(`\nIncremental rebuild: full build into an empty cache, then append one turn to 1 document and build again, then undo it (2 workers; \`turngraph build\`'s path in-process: patched = the last graph file patched in place)\n`);
  printTable(table);
  process.stdout.write(`\nThe same through the CLI as a user runs it (bin/turngraph.js, wall clock: node's start, the bundle and the heap re-spawn included)\n`);
  printTable(cliRows);
  process.stdout.write(`\nbuild --watch on the same corpus: the same edit, undone and made again, 2 s apart, then a copy of the edited document added beside it and removed; seconds from writing the file to the "updated" line (in brackets: refresh + write as the line reports them; the rest is fs.watch and the 100 ms settle)\n`);
  printTable(watchRows);
}

// 3. build --watch on the largest corpus of part 1, against its full 2-thread build there.
if (!skipIncremental && bySize.size) {
  const large = Math.max(...sizes);
  const figures = bySize.get(large)!.get(2)!;
  const dir = join(WORK, `scale-${large}mb`);
  const { file, original, touchedText } = editOfMiddleDocument(dir, figures.docs);
  let watched: Awaited<ReturnType<typeof watchedEdits>>;
  try {
    watched = await watchedEdits(dir, join(WORK, `watch-cache-${large}mb`), writes(file, [touchedText, original, touchedText]));
  } finally {
    writeFileSync(file, original);
  }
  const median = [...watched.seconds].sort((a, b) => a - b)[1];
  process.stdout.write(`\nbuild --watch on the ${large} MB corpus (${figures.docs} documents), 3 edits 2 s apart: ${watched.seconds.map((s, i) => `${fmtSec(s)} (${fmtSec(watched.reported[i])})`).join(', ')}; peak RSS ${fmtMB(watched.peakRss)}\n`);
  ratios.push([`build --watch update / full 2-thread build, ${large} MB: median of 3 edits`, `${((median / figures.totalSeconds) * 100).toFixed(1)}%`, '']);
}

process.stdout.write('\nRatios\n');
printTable(ratios);
