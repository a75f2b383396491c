// Issue 3's bench: the viewer in headless Chromium on a generated graph (default 20,000 nodes / 100,000
// edges, seeded): time to the first drawn frame and the frame times while panning the camera.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_TYPES, TYPE_COLORS, type SerializedKnowledgeGraph, type Turn } from '../src/model.ts';
import { startViewer } from '../src/server/serve.ts';
import { browserAvailable, launchBrowser } from '../test/web/browser.ts';
import { argValue, printTable } from './measure.ts';

const NODES = Number(argValue('nodes', '20000'));
const EDGES = Number(argValue('edges', '100000'));
const PAN_FRAMES = Number(argValue('frames', '60'));
const PAN_BUDGET_MS = Number(argValue('pan-seconds', '60')) * 1000;
const SEED = 3;

/** mulberry32 */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A contract-conforming graph: clustered positions, mostly intra-cluster edges, one mention per node. */
export function generateGraph(nodes: number, edges: number, seed: number): SerializedKnowledgeGraph {
  const rnd = random(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centres = Array.from({ length: clusters }, () => [rnd() * 2000 - 1000, rnd() * 2000 - 1000]);
  const doc = 'generated';
  const turns: Turn[] = Array.from({ length: 200 }, (_, index) => ({
    id: `${doc}#${index}`, document: doc, index, kind: 'turn', speaker: null, speakerLabel: index % 2 ? 'Guest' : 'Host',
    section: null, text: `Generated turn ${index} mentioning entities of cluster ${index % clusters}.`,
  }));
  const cluster = new Int32Array(nodes);
  const out: SerializedKnowledgeGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name: 'generated', documents: [{ id: doc, title: 'Generated bench graph', source: 'bench', lang: 'en' }], turns },
    nodes: [],
    edges: [],
  };
  for (let i = 0; i < nodes; i++) {
    const c = Math.floor(rnd() * clusters);
    cluster[i] = c;
    const angle = rnd() * Math.PI * 2;
    const r = Math.sqrt(rnd()) * 120;
    const type = ENTITY_TYPES[Math.floor(rnd() * ENTITY_TYPES.length)];
    const turn = turns[c % turns.length];
    out.nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Entity ${i}`, type, aliases: [], mentions: [{ turn: turn.id, start: 0, end: 9 }], documents: [doc], speaker: false,
        x: centres[c][0] + Math.cos(angle) * r, y: centres[c][1] + Math.sin(angle) * r, size: 2 + rnd() * 6, color: TYPE_COLORS[type],
      },
    });
  }
  const byCluster: number[][] = Array.from({ length: clusters }, () => []);
  for (let i = 0; i < nodes; i++) byCluster[cluster[i]].push(i);
  for (let e = 0; e < edges; e++) {
    const s = Math.floor(rnd() * nodes);
    const same = byCluster[cluster[s]];
    const t = rnd() < 0.9 && same.length > 1 ? same[Math.floor(rnd() * same.length)] : Math.floor(rnd() * nodes);
    const typed = rnd() < 0.1;
    out.edges.push({
      key: `e${e}`, source: `n${s}`, target: `n${t}`,
      attributes: { type: typed ? 'PART_OF' : 'CO_OCCURS', evidence: [{ turn: turns[cluster[s] % turns.length].id, start: 0, end: 9 }], weight: 1 + Math.floor(rnd() * 3), rules: [] },
    });
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

async function main(): Promise<void> {
  if (!browserAvailable()) return;
  const dir = mkdtempSync(join(tmpdir(), 'turngraph-viewer-bench-'));
  const file = join(dir, 'generated.json');
  const json = JSON.stringify(generateGraph(NODES, EDGES, SEED));
  writeFileSync(file, json);
  process.stdout.write(`graph: ${NODES} nodes, ${EDGES} edges, ${(json.length / 1e6).toFixed(1)} MB JSON, seed ${SEED}\n`);
  const viewer = await startViewer({ files: [file], port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // tsx keeps function names with a __name() helper that does not exist inside the page.
    await page.addInitScript('window.__name = (f) => f');
    const started = Date.now();
    await page.goto(viewer.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
    await page.waitForFunction(() => performance.getEntriesByName('turngraph:first-frame').length > 0, undefined, { timeout: 60_000 });
    const wall = Date.now() - started;
    const marks = await page.evaluate(() => ({
      loaded: performance.getEntriesByName('turngraph:graph-loaded')[0].startTime,
      first: performance.getEntriesByName('turngraph:first-frame')[0].startTime,
    }));
    // Pan: drag the stage with the mouse (as a user does) and time the frames sigma renders meanwhile.
    await page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const w = window as any;
      w.__frames = { renders: [] as number[], stamps: [] as number[], start: 0 };
      sigma.on('beforeRender', () => (w.__frames.start = performance.now()));
      sigma.on('afterRender', () => {
        w.__frames.renders.push(performance.now() - w.__frames.start);
        w.__frames.stamps.push(performance.now());
      });
    });
    const box = (await page.locator('#graph').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const panStarted = Date.now();
    let moves = 0;
    for (; moves < PAN_FRAMES && Date.now() - panStarted < PAN_BUDGET_MS; moves++) {
      const t = moves / PAN_FRAMES;
      await page.mouse.move(cx + Math.sin(t * Math.PI * 2) * 200, cy + Math.cos(t * Math.PI * 2) * 120);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    }
    await page.mouse.up();
    const frames = await page.evaluate(() => (window as any).__frames as { renders: number[]; stamps: number[] });
    const pan = { renders: frames.renders, intervals: frames.stamps.slice(1).map((s, i) => s - frames.stamps[i]) };
    const frameMedian = median(pan.intervals);
    printTable([
      ['measure', 'value'],
      ['graph fetched + parsed (since navigation)', `${marks.loaded.toFixed(0)} ms`],
      ['first drawn frame (since navigation)', `${marks.first.toFixed(0)} ms`],
      ['page ready, wall clock from goto()', `${wall} ms`],
      [`median frame interval while dragging (${pan.intervals.length + 1} frames, ${moves} mouse moves)`, `${frameMedian.toFixed(1)} ms (${(1000 / frameMedian).toFixed(1)} fps)`],
      ['p90 frame interval', `${[...pan.intervals].sort((a, b) => a - b)[Math.floor(pan.intervals.length * 0.9)].toFixed(1)} ms`],
      ['median sigma render() time per frame', `${median(pan.renders).toFixed(1)} ms`],
    ]);
    process.stdout.write('note: headless Chromium with --disable-gpu renders WebGL in software (SwiftShader); a real GPU is faster.\n');
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await viewer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
// Vite's build and Chromium can leave handles open; the figures are printed, so end here.
process.exit(0);
