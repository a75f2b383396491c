// Tests for one-shot rebuilds patched in place (src/build/patch.ts, through src/build/file.ts as `turngraph build`
// runs them): after each edit, the file a cached build writes has the bytes a full build with no cache writes;
// it is patched when entities or edges come or go (laid out again) or an edge weight moves to another power-of-two
// bucket, and built in full, saying why, when it cannot be (transcripts added or removed, the file changed since).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus-lib.ts';
import { expectSameBytes } from './same-bytes.ts';
import { buildGraphFile, type GraphFileBuild } from '../../src/build/file.ts';

const FIXTURES = new URL('../fixtures/transcripts/', import.meta.url).pathname;
let root: string;
let corpus: string;
const out = () => join(root, 'graph.json');

/** Two podcasts on AI labs: OpenAI, Microsoft and Google share turns in the first one several times. */
const LABS = `# Compute and models

**Host:** Welcome back. Today I'm with Dana Reyes, who covers AI labs.

**Dana Reyes:** Thanks. OpenAI and Microsoft signed a new compute deal last week.

**Host:** How does Google answer OpenAI?

**Dana Reyes:** Google trains Gemini in its own data centres, while OpenAI rents capacity from Microsoft.

**Host:** And Anthropic?

**Dana Reyes:** Anthropic released Claude 3.5 Sonnet, and OpenAI answered with o1. Microsoft watched OpenAI closely.

**Host:** Is Google worried about OpenAI?

**Dana Reyes:** Google is not worried. OpenAI still needs Microsoft.
`;
const EUROPE = `# Europe

**Host:** Welcome. With me is Tomas Berg from Stockholm.

**Tomas Berg:** Hello. Mistral AI is the lab Europe talks about, and Mistral AI works with Microsoft.

**Host:** Does OpenAI open an office in Paris?

**Tomas Berg:** OpenAI opened one in Paris. Mistral AI answered the same week.

**Host:** And Google?

**Tomas Berg:** Google DeepMind is in London. Demis Hassabis leads Google DeepMind.
`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tg-patch-'));
  corpus = join(root, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'labs.en.md'), LABS);
  writeFileSync(join(corpus, 'europe.en.md'), EUROPE);
  copyFileSync(join(FIXTURES, 'chips-policy.zh.md'), join(corpus, 'chips-policy.zh.md'));
  for (const doc of generateCorpus({ docs: 6, lang: 'mixed', seed: 21, sizeBytes: 6 * 4_000 })) writeFileSync(join(corpus, doc.name), doc.text);
  const first = await build();
  expect(first.kind).toBe('built');
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const settings = () => ({ name: 'labs', workers: 1, cacheDir: join(root, 'cache') });

async function build(): Promise<GraphFileBuild> {
  return buildGraphFile([corpus], out(), settings());
}

/** The file a full build with no cache writes for the corpus as it is now. */
async function fullBuild(): Promise<string> {
  const file = join(root, 'full.json');
  await buildGraphFile([corpus], file, { ...settings(), cacheDir: null });
  return readFileSync(file, 'utf8');
}

/** The graph file equals a full build's with no cache. */
async function expectFullBuildBytes(): Promise<void> {
  expectSameBytes(readFileSync(out(), 'utf8'), await fullBuild());
}

const path = (name: string) => join(corpus, name);
const nodeOf = (label: string) => (JSON.parse(readFileSync(out(), 'utf8')) as { nodes: Array<{ key: string; attributes: { label: string; mentions: unknown[]; size: number } }> }).nodes.find((node) => node.attributes.label === label)!;

describe('one-shot rebuilds patched in place', () => {
  it('is up to date when nothing changed, and patches in a turn naming entities the corpus knows', async () => {
    expect((await build()).kind).toBe('up-to-date');
    const before = nodeOf('OpenAI');
    appendFileSync(path('labs.en.md'), '\n**Host:** So OpenAI, Microsoft and Google all compete.\n');
    const result = await build();
    expect(result).toMatchObject({ kind: 'patched', extracted: 1, reused: 8 });
    const after = nodeOf('OpenAI');
    expect(after.attributes.mentions.length).toBe(before.attributes.mentions.length + 1);
    await expectFullBuildBytes();
  }, 60_000);

  it('patches a mention of the largest node, every other node’s size following it', async () => {
    // Sizes are relative to the largest score (connections + mentions): it grows, so every other node shrinks.
    const graph = () => JSON.parse(readFileSync(out(), 'utf8')) as { nodes: Array<{ key: string; attributes: { label: string; mentions: unknown[]; size: number } }>; edges: Array<{ source: string; target: string }> };
    const before = graph();
    const degree = new Map<string, number>();
    for (const edge of before.edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const score = (node: (typeof before.nodes)[number]) => (degree.get(node.key) ?? 0) + node.attributes.mentions.length;
    const top = before.nodes.reduce((best, node) => (score(node) > score(best) ? node : best));
    appendFileSync(path('europe.en.md'), `\n**Host:** What about ${top.attributes.label}?\n`);
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 1 });
    const after = graph();
    expect(after.nodes.find((node) => node.key === top.key)!.attributes.mentions.length).toBe(top.attributes.mentions.length + 1);
    const shrunk = after.nodes.filter((node, i) => node.attributes.size < before.nodes[i].attributes.size);
    expect(shrunk.length).toBeGreaterThan(after.nodes.length / 2);
    await expectFullBuildBytes();
    writeFileSync(path('europe.en.md'), EUROPE);
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 0 });
    await expectFullBuildBytes();
  }, 60_000);

  it('patches the edit undone (from the cache), a turn cut and two transcripts edited at once, each time the bytes of a full build', async () => {
    writeFileSync(path('labs.en.md'), LABS);
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 0, reused: 9 }); // the cache holds that version
    await expectFullBuildBytes();
    writeFileSync(path('europe.en.md'), EUROPE.replace('**Host:** And Google?\n\n', ''));
    expect(await build()).toMatchObject({ kind: 'patched' });
    await expectFullBuildBytes();
    writeFileSync(path('europe.en.md'), EUROPE);
    appendFileSync(path('labs.en.md'), '\n**Dana Reyes:** Microsoft and OpenAI will renew it.\n');
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 1, reused: 8 }); // europe.en.md as it was
    await expectFullBuildBytes();
  }, 60_000);

  it('patches in an entity an edit brings, and takes it out again when the edit is undone, laying the graph out each time', async () => {
    const keys = () => (JSON.parse(readFileSync(out(), 'utf8')) as { nodes: Array<{ key: string }> }).nodes.map((node) => node.key);
    const before = keys();
    appendFileSync(path('europe.en.md'), '\n**Tomas Berg:** I also met Jensen Huang of Nvidia in Berlin.\n');
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 1, reused: 8 });
    const added = keys().filter((key) => !before.includes(key));
    expect(added).toContain('berlin');
    await expectFullBuildBytes();
    writeFileSync(path('europe.en.md'), EUROPE);
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 0 });
    expect(keys().filter((key) => !before.includes(key))).toEqual([]);
    expect(keys()).toEqual(before);
    await expectFullBuildBytes();
    // Two at once, at either end of the key order here, while a turn naming an old one goes.
    writeFileSync(path('europe.en.md'), `${EUROPE.replace('**Host:** And Google?\n\n', '')}\n**Tomas Berg:** Next year we open offices in Aachen and in Zwickau.\n`);
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 1 });
    const now = keys();
    expect(now.filter((key) => !before.includes(key))).toEqual(['aachen', 'zwickau']);
    expect(now.indexOf('aachen')).toBeLessThan(now.findIndex((key) => key.startsWith('b')));
    await expectFullBuildBytes();
    writeFileSync(path('europe.en.md'), EUROPE);
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 0 });
    expect(keys()).toEqual(before);
    await expectFullBuildBytes();
  }, 90_000);

  it('patches in a relation stated for the first time, and takes it out again, laying the graph out each time', async () => {
    const edgeKeys = () => (JSON.parse(readFileSync(out(), 'utf8')) as { edges: Array<{ key: string }> }).edges.map((edge) => edge.key);
    const before = edgeKeys();
    appendFileSync(path('europe.en.md'), '\n**Tomas Berg:** Microsoft invested in Mistral AI last year.\n');
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 1 });
    const added = edgeKeys().filter((key) => !before.includes(key));
    expect(added).toContain('microsoft|INVESTED_IN|mistral-ai');
    await expectFullBuildBytes();
    writeFileSync(path('europe.en.md'), EUROPE);
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 0 });
    expect(edgeKeys()).toEqual(before);
    await expectFullBuildBytes();
  }, 60_000);

  it('lays the graph out again when an edge weight leaves its power-of-two bucket, patching every position', async () => {
    const positions = () => (JSON.parse(readFileSync(out(), 'utf8')) as { nodes: Array<{ attributes: { x: number; y: number } }> }).nodes.map(({ attributes }) => `${attributes.x},${attributes.y}`);
    const before = positions();
    // Four more turns naming OpenAI and Google take their edge weight into the next power of two here.
    appendFileSync(path('labs.en.md'), '\n**Host:** Google or OpenAI?\n'.repeat(4));
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 1 });
    const after = positions();
    expect(after.filter((position, i) => position !== before[i]).length).toBeGreaterThan(after.length / 2);
    await expectFullBuildBytes();
    // Undone: the positions come back (from the layout memo of the first build), as a full build's would.
    writeFileSync(path('labs.en.md'), LABS);
    expect(await build()).toMatchObject({ kind: 'patched', extracted: 0 });
    expect(positions()).toEqual(before);
    await expectFullBuildBytes();
  }, 60_000);

  it('never patches a graph file changed since it was written, nor one an uncached build wrote', async () => {
    appendFileSync(path('labs.en.md'), '\n**Host:** One more question on OpenAI and Microsoft.\n');
    writeFileSync(out(), readFileSync(out(), 'utf8').replace('"name":"labs"', '"name":"labz"'));
    const changed = await build();
    expect(changed.kind === 'built' && changed.declined).toBe('the graph file changed since it was written');
    await expectFullBuildBytes();
    await buildGraphFile([corpus], out(), { ...settings(), cacheDir: null });
    appendFileSync(path('labs.en.md'), '\n**Dana Reyes:** Microsoft again.\n');
    const uncached = await build();
    expect(uncached.kind === 'built' && uncached.declined).toBe('the graph file changed since it was written');
    await expectFullBuildBytes();
  }, 60_000);

  it('builds in full when transcripts are added or removed, and patches again after that', async () => {
    cpSync(path('europe.en.md'), path('europe-2.en.md'));
    const added = await build();
    expect(added.kind === 'built' && added.declined).toBe('transcripts were added, removed or renamed');
    await expectFullBuildBytes();
    rmSync(path('europe-2.en.md'));
    expect((await build()).kind).toBe('built');
    appendFileSync(path('europe.en.md'), '\n**Host:** Google DeepMind, then.\n');
    expect(await build()).toMatchObject({ kind: 'patched' });
    await expectFullBuildBytes();
  }, 60_000);

  it('with two workers, extracts the edit on a thread started ahead of it: the same bytes, and a file turned unreadable is left out', async () => {
    const twoThreads = () => buildGraphFile([corpus], out(), { ...settings(), workers: 2 });
    writeFileSync(path('europe.en.md'), EUROPE);
    await twoThreads();
    appendFileSync(path('europe.en.md'), '\n**Tomas Berg:** Microsoft invested in Mistral AI last year, and Nvidia did too.\n');
    expect(await twoThreads()).toMatchObject({ kind: 'patched', workers: 1, extracted: 1, reused: 8 });
    await expectFullBuildBytes();
    // The thread's reader refuses the file as the main thread's would: the patch gives way to a full build, which
    // leaves the file out and says why.
    writeFileSync(path('europe.en.md'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x01]));
    const result = await twoThreads();
    expect(result.kind === 'built' && result.declined).toMatch(/europe\.en\.md cannot be extracted/);
    expect(result.kind === 'built' && result.skipped.map((doc) => doc.path)).toEqual([path('europe.en.md')]);
    writeFileSync(path('europe.en.md'), EUROPE);
  }, 120_000);
});
