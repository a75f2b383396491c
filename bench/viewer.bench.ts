// Issues 3 and 5: the viewer in headless Chromium on generated graphs (20k nodes / 100k edges and 50k / 250k,
// seeded): payload size lite vs full, time to the first drawn frame and the frame times while panning.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startViewer } from '../src/server/serve.ts';
import { browserAvailable, launchBrowser } from '../test/web/browser.ts';
import { generateGraph } from '../test/web/generate-graph.ts';
import { argValue, printTable } from './measure.ts';

// --nodes/--edges run one size; by default both sizes run, smaller first.
const SIZES: [number, number][] = argValue('nodes', '')
  ? [[Number(argValue('nodes', '')), Number(argValue('edges', String(Number(argValue('nodes', '')) * 5)))]]
  : [[20_000, 100_000], [50_000, 250_000]];
const PAN_FRAMES = Number(argValue('frames', '60'));
const PAN_BUDGET_MS = Number(argValue('pan-seconds', '60')) * 1000;
const SEED = 3;
/** --screenshot PATH.png saves the view after panning as PATH-<nodes>.png. */
const SCREENSHOT = argValue('screenshot', '');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

async function main(): Promise<void> {
  if (!browserAvailable()) return;
  for (const [nodes, edges] of SIZES) await measure(nodes, edges);
}

async function measure(NODES: number, EDGES: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'turngraph-viewer-bench-'));
  const file = join(dir, 'generated.json');
  const json = JSON.stringify(generateGraph(NODES, EDGES, SEED));
  writeFileSync(file, json);
  process.stdout.write(`graph: ${NODES} nodes, ${EDGES} edges, ${(json.length / 1e6).toFixed(1)} MB JSON, seed ${SEED}\n`);
  const viewer = await startViewer({ files: [file], port: 0 });
  const api = `${viewer.url.replace(/\/$/, '')}/api/graphs/generated`;
  const fullBytes = (await (await fetch(api)).arrayBuffer()).byteLength;
  const liteStarted = Date.now();
  const liteBytes = (await (await fetch(`${api}?lite=1`)).arrayBuffer()).byteLength;
  const liteFirstMs = Date.now() - liteStarted;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // tsx keeps function names with a __name() helper that does not exist inside the page.
    await page.addInitScript('window.__name = (f) => f');
    const started = Date.now();
    await page.goto(viewer.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 900_000 });
    await page.waitForFunction(() => performance.getEntriesByName('turngraph:first-frame').length > 0, undefined, { timeout: 60_000 });
    const wall = Date.now() - started;
    const marks = await page.evaluate(() => ({
      fetched: performance.getEntriesByName('turngraph:graph-fetched')[0].startTime,
      loaded: performance.getEntriesByName('turngraph:graph-loaded')[0].startTime,
      indexed: performance.getEntriesByName('turngraph:indexed')[0].startTime,
      created: performance.getEntriesByName('turngraph:renderer-created')[0].startTime,
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
    if (SCREENSHOT) {
      await page.waitForTimeout(1500);
      const path = SCREENSHOT.replace(/\.png$/, '') + `-${NODES}.png`;
      await page.screenshot({ path });
      process.stdout.write(`screenshot: ${path}\n`);
    }
    const frames = await page.evaluate(() => (window as any).__frames as { renders: number[]; stamps: number[] });
    const pan = { renders: frames.renders, intervals: frames.stamps.slice(1).map((s, i) => s - frames.stamps[i]) };
    const frameMedian = median(pan.intervals);
    printTable([
      ['measure', `value (${NODES} nodes / ${EDGES} edges)`],
      ['payload: full file', `${(fullBytes / 1e6).toFixed(1)} MB`],
      ['payload: lite (?lite=1, no turn texts; what the viewer fetches above 2 MB)', `${(liteBytes / 1e6).toFixed(1)} MB (${((100 * liteBytes) / fullBytes).toFixed(0)}% of full; first lite request ${liteFirstMs} ms incl. server prep)`],
      ['graph fetched + JSON parsed (since navigation)', `${marks.fetched.toFixed(0)} ms`],
      ['graph imported into graphology (since navigation)', `${marks.loaded.toFixed(0)} ms (import ${(marks.loaded - marks.fetched).toFixed(0)} ms)`],
      ['viewer index built / sigma constructed (since navigation)', `${marks.indexed.toFixed(0)} / ${marks.created.toFixed(0)} ms`],
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
