// Tests for the live graph behind `turngraph build --watch` (src/build/live.ts): after every kind of edit, the
// file it writes has the bytes a full build of the edited corpus has, and a bad edit leaves the last good graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { expectSameBytes } from './same-bytes.ts';
import { buildCorpus } from '../../src/build/corpus.ts';
import { LiveGraph } from '../../src/build/live.ts';
import { toGraphJSON } from '../../src/graph/io.ts';
import { weightBucket } from '../../src/graph/layout.ts';

const FIXTURES = new URL('../fixtures/transcripts/', import.meta.url).pathname;
let root: string;
let corpus: string;
let live: LiveGraph;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tg-live-'));
  corpus = join(root, 'corpus');
  cpSync(FIXTURES, corpus, { recursive: true });
  for (const doc of generateCorpus({ docs: 10, lang: 'mixed', seed: 9, sizeBytes: 10 * 5_000 })) writeFileSync(join(corpus, doc.name), doc.text);
  live = await LiveGraph.build([corpus], { name: 'live', workers: 1, cacheDir: join(root, 'cache') });
  live.warm(); // rehearses an edit: the graph must stay the same
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The graph file the live graph writes now. */
function written(): string {
  const file = join(root, 'live.json');
  live.write(file);
  return readFileSync(file, 'utf8');
}

async function fullBuild(): Promise<string> {
  return toGraphJSON((await buildCorpus([corpus], { name: 'live', workers: 1, cacheDir: null })).graph);
}

async function refresh() {
  const { update, live: next } = await live.refresh();
  live = next;
  return update;
}

const path = (name: string) => join(corpus, name);
const text = (name: string) => readFileSync(path(name), 'utf8');
/** Puts a turn before the document's second speaker turn (after its end matter, a turn would be an advert's text). */
function insertTurn(name: string, turn: string): void {
  const lines = text(name).split('\n');
  const second = lines.findIndex((line, i) => i > lines.findIndex((l) => /^主持人[：:]/.test(l)) && /^\S{1,12}[：:]/.test(line));
  lines.splice(second, 0, turn, '');
  writeFileSync(path(name), lines.join('\n'));
}
const nodeLabelled = (label: string) => live.graph.findNode((_, attrs) => attrs.label === label);

describe('LiveGraph', () => {
  it('starts as the full build, and stays it after warming up', async () => {
    expectSameBytes(written(), await fullBuild());
    expect(live.first.extracted + live.first.reused).toBe(14);
  });

  it('merges an inserted turn naming new people and places, re-extracting that document only', async () => {
    const before = written();
    const documentsOf = (label: string) => {
      const node = nodeLabelled(label);
      return node ? live.graph.getNodeAttribute(node, 'documents') : [];
    };
    expect(documentsOf('Terence Tao')).not.toContain('chips-policy.zh');
    insertTurn('chips-policy.zh.md', '主持人：陶哲轩在伦敦和DeepMind一起研究了FrontierMath，你怎么看？');
    const update = await refresh();
    expect(update).toMatchObject({ kind: 'edit', extracted: [path('chips-policy.zh.md')], failed: [] });
    expect(documentsOf('Terence Tao')).toContain('chips-policy.zh');
    expect(documentsOf('FrontierMath')).toContain('chips-policy.zh');
    const after = written();
    expect(after).not.toBe(before);
    expectSameBytes(after, await fullBuild());
  });

  it('merges two turns naming entities that already share turns: heavier edges, the same keys, the layout moved', async () => {
    const weights = () => new Map(live.graph.mapEdges((key, attrs) => [key, attrs.weight] as const));
    const before = weights();
    const turn = (time: string) => `\n\\[00:00:${time}\\] **Lena Voss:** The Robotics Institute at Carnegie Mellon University, in Pittsburgh.\n`;
    appendFileSync(path('podcast-robotics.en.md'), turn('45') + turn('46'));
    expect(await refresh()).toMatchObject({ kind: 'edit', extracted: [path('podcast-robotics.en.md')] });
    const after = weights();
    expect([...after.keys()]).toEqual([...before.keys()]); // no edge came or went: the graph is patched in place
    expect([...after].some(([key, weight]) => weightBucket(weight) !== weightBucket(before.get(key)!))).toBe(true);
    expectSameBytes(written(), await fullBuild());
  });

  it('merges a cut that drops the second half of a document', async () => {
    const panel = text('panel-autonomy.en.md');
    writeFileSync(path('panel-autonomy.en.md'), panel.slice(0, Math.floor(panel.length / 2)));
    expect(await refresh()).toMatchObject({ kind: 'edit', extracted: [path('panel-autonomy.en.md')] });
    expectSameBytes(written(), await fullBuild());
  });

  it('moves every mention of an entity out of a document into another', async () => {
    const names = readdirSync(corpus).filter((name) => name.startsWith('synth-')).sort();
    const [from, to] = [names[1], names[4]];
    const moved = text(from);
    writeFileSync(path(to), `${text(to)}\n${moved.slice(moved.length / 2)}`);
    writeFileSync(path(from), moved.slice(0, moved.length / 2));
    expect((await refresh()).extracted).toHaveLength(2);
    expectSameBytes(written(), await fullBuild());
  });

  it('keeps the last good graph when an edited document cannot be read, with one line saying why', async () => {
    const good = written();
    const original = text('mixed-opensource.mixed.md');
    writeFileSync(path('mixed-opensource.mixed.md'), '');
    const update = await refresh();
    expect(update.kind).toBe('none');
    expect(update.failed).toHaveLength(1);
    expect(update.failed[0]).toMatch(/mixed-opensource\.mixed\.md: file is empty$/);
    expect(update.failed[0]).not.toContain('\n');
    expect(written()).toBe(good);
    // Put back as it was: nothing to merge, and the graph is the corpus's.
    writeFileSync(path('mixed-opensource.mixed.md'), original);
    expect((await refresh()).kind).toBe('none');
    expectSameBytes(written(), await fullBuild());
  });

  it('merges added, removed and renamed transcripts without a rebuild, and sees nothing when nothing changed', async () => {
    expect((await refresh()).kind).toBe('none');
    const documents = () => live.graph.getAttribute('documents').map((d) => d.id);
    // Sorts between two documents: every later one moves up a place.
    writeFileSync(path('late.en.md'), '**Host:** Welcome. Today Sam Altman of OpenAI joins us from Reykjavik.\n\n**Sam Altman:** Thanks. We trained o3 in San Francisco.\n');
    expect(await refresh()).toMatchObject({ kind: 'edit', added: [path('late.en.md')], extracted: [path('late.en.md')], removed: [], documents: 15 });
    expect(documents().indexOf('late.en')).toBeGreaterThan(0);
    expect(documents().indexOf('late.en')).toBeLessThan(documents().length - 1);
    expect(nodeLabelled('Reykjavik')).toBeTruthy();
    expectSameBytes(written(), await fullBuild());
    // An edit after the new place, then one before it.
    insertTurn('chips-policy.zh.md', '主持人：特朗普政府也在关注英伟达吗？');
    appendFileSync(path('podcast-robotics.en.md'), '\n**Lena Voss:** Sam Altman visited Reykjavik too.\n');
    expect(await refresh()).toMatchObject({ kind: 'edit', added: [], removed: [] });
    expectSameBytes(written(), await fullBuild());

    // Renamed to sort last: one place gone, another taken.
    renameSync(path('late.en.md'), path('zz-late.en.md'));
    expect(await refresh()).toMatchObject({ kind: 'edit', added: [path('zz-late.en.md')], removed: [path('late.en.md')], documents: 15 });
    expect(documents().at(-1)).toBe('zz-late.en');
    expectSameBytes(written(), await fullBuild());

    // Removed from the middle: its entities go where no other document names them.
    const synth = readdirSync(corpus).filter((name) => name.startsWith('synth-')).sort();
    rmSync(path('zz-late.en.md'));
    rmSync(path(synth[2]));
    expect(await refresh()).toMatchObject({ kind: 'edit', added: [], extracted: [], removed: [path(synth[2]), path('zz-late.en.md')], documents: 13 });
    expect(nodeLabelled('Reykjavik')).toBeTruthy(); // podcast-robotics still names it
    expectSameBytes(written(), await fullBuild());
    appendFileSync(path(synth[5]), '\n**Host:** 陶哲轩怎么看？\n');
    expect(await refresh()).toMatchObject({ kind: 'edit', extracted: [path(synth[5])] });
    expectSameBytes(written(), await fullBuild());
  });

  it('leaves out an added transcript that cannot be read, saying why, and merges it once it can be', async () => {
    writeFileSync(path('blank.en.md'), '');
    const update = await refresh();
    expect(update).toMatchObject({ kind: 'none', added: [path('blank.en.md')], extracted: [] });
    expect(update.failed).toEqual([expect.stringMatching(/blank\.en\.md: file is empty$/)]);
    expectSameBytes(written(), await fullBuild()); // a build skips it too
    writeFileSync(path('blank.en.md'), '**Host:** Welcome, Ada Lovelace of Analytical Engines Ltd.\n\n**Ada Lovelace:** Thank you.\n');
    expect(await refresh()).toMatchObject({ kind: 'edit', extracted: [path('blank.en.md')], added: [] });
    expect(nodeLabelled('Ada Lovelace')).toBeTruthy();
    expectSameBytes(written(), await fullBuild());
  });

  it('builds again when many files change at once, or when a new file changes another document\'s id', async () => {
    mkdirSync(path('more'));
    for (let i = 0; i < 17; i++) writeFileSync(path(`more/note-${i}.en.md`), `**Host:** Note ${i} on OpenAI.\n\n**Guest:** Fine.\n`);
    expect(await refresh()).toMatchObject({ kind: 'rebuild' });
    expectSameBytes(written(), await fullBuild());
    // "a/podcast-robotics.en.md" sorts first: it takes the id podcast-robotics.en, the old one becomes "-2".
    mkdirSync(path('a'));
    writeFileSync(path('a/podcast-robotics.en.md'), '**Host:** Hello from the other robotics podcast.\n\n**Guest:** Hi.\n');
    expect(await refresh()).toMatchObject({ kind: 'rebuild' });
    expectSameBytes(written(), await fullBuild());
    rmSync(path('a'), { recursive: true });
    rmSync(path('more'), { recursive: true });
    expect(await refresh()).toMatchObject({ kind: 'rebuild' }); // the 17 notes
    expectSameBytes(written(), await fullBuild());
  });

  it('starts without a transcript that cannot be read, and merges it in once it is fixed', async () => {
    const folder = mkdtempSync(join(root, 'skipped-'));
    cpSync(FIXTURES, folder, { recursive: true });
    const file = join(folder, 'panel-autonomy.en.md');
    const original = readFileSync(file);
    writeFileSync(file, '');
    const full = async () => toGraphJSON((await buildCorpus([folder], { name: 'skip', workers: 1, cacheDir: null })).graph);
    const started = await LiveGraph.build([folder], { name: 'skip', workers: 1, cacheDir: null });
    expect(started.first.skipped.map(({ path, reason }) => [path, reason])).toEqual([[file, 'file is empty']]);
    expect(started.graph.getAttribute('documents').map((d) => d.id)).not.toContain('panel-autonomy.en');
    expectSameBytes(toGraphJSON(started.graph), await full());

    writeFileSync(file, original);
    const { update, live: after } = await started.refresh();
    expect(update).toMatchObject({ kind: 'edit', extracted: [file], failed: [] });
    expect(after.graph.getAttribute('documents').map((d) => d.id)).toContain('panel-autonomy.en');
    expectSameBytes(toGraphJSON(after.graph), await full());

    // Emptied again while a file is added: the new file is merged in, the emptied one keeps its last good version
    // (as any edit that cannot be read), and says why.
    writeFileSync(file, '');
    writeFileSync(join(folder, 'late.en.md'), '**Host:** Welcome. Today Sam Altman of OpenAI joins us.\n\n**Sam Altman:** Thanks.\n');
    const { update: merged, live: last } = await after.refresh();
    expect(merged).toMatchObject({ kind: 'edit', added: [join(folder, 'late.en.md')], failed: [expect.stringMatching(/panel-autonomy\.en\.md: file is empty$/)] });
    writeFileSync(file, original);
    expectSameBytes(toGraphJSON(last.graph), await full());
  });
});
