// Issues 3 and 5: the viewer in headless Chromium on generated graphs (20k nodes / 100k edges and 50k / 250k,
// seeded): payload size (the viewer's first payload vs the full file), time to the first drawn frame, hover focus / selection / wheel zoom until
// drawn, frames while dragging the stage, release to the new view drawn (GPU work waited for); a side-by-side
// table ends the run.
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
/** --trace PATH.json records a Chrome performance trace of the drag as PATH-<nodes>.json (open in chrome://tracing or Perfetto). */
const TRACE = argValue('trace', '');

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;
}

interface Result {
  nodes: number;
  edges: number;
  firstFrameMs: number;
  frameMedianMs: number;
  frameP90Ms: number;
  stepMedianMs: number;
  releaseMs: number;
  /** Pointer onto a node → the dimmed view drawn; null when no node was under the pointer. */
  hoverMs: number | null;
  /** Click on the hovered node → details panel shown and the view drawn. */
  selectMs: number | null;
  /** Escape with the pointer off the graph → the undimmed view drawn. */
  clearMs: number | null;
  /** One wheel notch at the centre → the zoomed view drawn (sigma animates the camera over ~250 ms). */
  wheelMs: number;
  wheelRenders: number;
  wheelRenderMedianMs: number;
}

async function main(): Promise<void> {
  if (!browserAvailable()) return;
  const results: Result[] = [];
  for (const [nodes, edges] of SIZES) results.push(await measure(nodes, edges));
  const load = (await import('node:os')).loadavg()[0].toFixed(2);
  const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`;
  process.stdout.write(`\nviewer side by side (load ${load}; software WebGL):\n`);
  printTable([
    ['measure', ...results.map((r) => `${r.nodes} / ${r.edges}`)],
    ['first drawn frame (since navigation)', ...results.map((r) => ms(r.firstFrameMs))],
    ['median frame while dragging', ...results.map((r) => ms(r.frameMedianMs))],
    ['p90 frame while dragging', ...results.map((r) => ms(r.frameP90Ms))],
    ['median mouse move → next frame', ...results.map((r) => ms(r.stepMedianMs))],
    ['release → new view drawn', ...results.map((r) => ms(r.releaseMs))],
    ['pointer onto a node → focus drawn', ...results.map((r) => (r.hoverMs === null ? 'no node hit' : ms(r.hoverMs)))],
    ['click it → selected, panel + view drawn', ...results.map((r) => (r.selectMs === null ? '-' : ms(r.selectMs)))],
    ['Escape (pointer off) → undimmed view drawn', ...results.map((r) => (r.clearMs === null ? '-' : ms(r.clearMs)))],
    ['wheel notch → zoomed view drawn', ...results.map((r) => ms(r.wheelMs))],
    ['renders during the wheel zoom (median)', ...results.map((r) => `${r.wheelRenders} (${ms(r.wheelRenderMedianMs)})`)],
  ]);
}

async function measure(NODES: number, EDGES: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'turngraph-viewer-bench-'));
  const file = join(dir, 'generated.json');
  const json = JSON.stringify(generateGraph(NODES, EDGES, SEED));
  writeFileSync(file, json);
  process.stdout.write(`graph: ${NODES} nodes, ${EDGES} edges, ${(json.length / 1e6).toFixed(1)} MB JSON, seed ${SEED}\n`);
  const viewer = await startViewer({ files: [file], port: 0 });
  const api = `${viewer.url.replace(/\/$/, '')}/api/graphs/generated`;
  const fullBytes = (await (await fetch(api)).arrayBuffer()).byteLength;
  const viewStarted = Date.now();
  const viewBytes = (await (await fetch(`${api}?view=1`)).arrayBuffer()).byteLength;
  const viewFirstMs = Date.now() - viewStarted;
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
    // Pan: drag the stage with the mouse (as a user does). Frames are the page's animation frames while the
    // button is down (what the user sees move); sigma's own renders are timed too (none means no redraw).
    await page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const w = window as any;
      w.__frames = { renders: [] as number[], start: 0, stamps: [] as number[], on: false };
      sigma.on('beforeRender', () => (w.__frames.start = performance.now()));
      sigma.on('afterRender', () => {
        w.__frames.renders.push(performance.now() - w.__frames.start);
        w.__frames.lastRender = performance.now();
      });
    });
    const cameraBefore = await page.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().getState());
    const box = (await page.locator('#graph').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // A change is drawn when sigma rendered after it, or the viewer marked its focus layer drawn after it (the
    // focus on big graphs is drawn without a sigma render); reading a pixel back from each WebGL layer then
    // waits until the GPU work is done.
    await page.evaluate(() => {
      const w = window as any;
      w.__drawnSince = (t: number) =>
        (w.__frames.lastRender ?? 0) > t || performance.getEntriesByName('turngraph:focus-drawn').some((e) => e.startTime > t);
      w.__flushGpu = () => {
        for (const canvas of Object.values(w.turngraph.getRenderer().sigma.getCanvases()) as HTMLCanvasElement[]) {
          const gl = canvas.getContext('webgl2');
          gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        }
        return performance.now();
      };
    });
    const now = () => page.evaluate(() => performance.now());
    /** Page time from `since` until drawn (after `ready` holds, if given); null if not within `timeout` ms. */
    const drawnAfter = async (since: number, timeout: number, ready = 'true'): Promise<number | null> => {
      const ok = await page
        .waitForFunction(([t, r]) => (window as any).__drawnSince(t) && (0, eval)(r), [since, ready] as const, { timeout, polling: 20 })
        .then(() => true, () => false);
      return ok ? (await page.evaluate(() => (window as any).__flushGpu())) - since : null;
    };
    // Pointer onto the graph: a node under it is hovered, which dims the rest (big graphs wait for the pointer
    // to rest 250 ms, counted here); sigma knows at once whether a node is under the pointer.
    let t0 = await now();
    await page.mouse.move(cx, cy);
    const hit = await page.evaluate(() => (window as any).turngraph.getRenderer().sigma.hoveredNode !== null);
    const hoverMs = hit ? await drawnAfter(t0, 600_000) : null;
    // Click it: selected, the details panel shows it (its relations).
    const titled = `!!document.querySelector('aside[aria-label="Details"] .relations')`;
    let selectMs: number | null = null;
    let clearMs: number | null = null;
    if (hoverMs !== null) {
      t0 = await now();
      await page.mouse.click(cx, cy);
      selectMs = await drawnAfter(t0, 600_000, titled);
      // Pointer off the graph (the hover ends), then Escape: nothing in focus, the whole graph drawn undimmed.
      await page.mouse.move(2, 2);
      await page.waitForTimeout(1000);
      await page.waitForFunction(() => !(window as any).turngraph.getRenderer().sigma.getCamera().isAnimated());
      t0 = await now();
      await page.keyboard.press('Escape');
      clearMs = await drawnAfter(t0, 600_000, `!${titled}`);
      // Back onto the node for the drag (sigma 3.0.3 keeps its hovered node when the pointer leaves the stage, so
      // returning to the same node may not hover it again: wait a bounded time).
      t0 = await now();
      await page.mouse.move(cx, cy);
      await drawnAfter(t0, 10_000);
    }
    await page.evaluate(() => ((window as any).__frames.renders = []));
    if (TRACE) {
      await browser.startTracing(page, {
        path: TRACE.replace(/\.json$/, '') + `-${NODES}.json`,
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'gpu', 'cc', 'viz', 'toplevel'],
      });
    }
    await page.evaluate(() => {
      const f = (window as any).__frames;
      f.on = true;
      const tick = (t: number) => {
        if (!f.on) return;
        f.stamps.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.down();
    const panStarted = Date.now();
    const steps: number[] = [];
    let moves = 0;
    for (; moves < PAN_FRAMES && Date.now() - panStarted < PAN_BUDGET_MS; moves++) {
      const t = (moves + 1) / PAN_FRAMES;
      const stepStarted = performance.now();
      // A quarter ellipse out from the centre: the view ends displaced, so the release has something to draw.
      await page.mouse.move(cx + Math.sin((t * Math.PI) / 2) * 200, cy + (1 - Math.cos((t * Math.PI) / 2)) * 120);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      steps.push(performance.now() - stepStarted);
    }
    const rendersWhileDragging = await page.evaluate(() => (window as any).__frames.renders.length as number);
    const released = await page.evaluate(() => performance.now());
    await page.mouse.up();
    if (TRACE) await browser.stopTracing();
    // The release draws the new view (edges and labels included): wait for that render.
    await page.waitForFunction((t) => ((window as any).__frames.lastRender ?? 0) > t, released, { timeout: 600_000, polling: 50 });
    // render() only queues the WebGL work; reading a pixel back from each WebGL layer waits until it is drawn.
    const releaseMs =
      (await page.evaluate(() => {
        for (const canvas of Object.values((window as any).turngraph.getRenderer().sigma.getCanvases()) as HTMLCanvasElement[]) {
          const gl = canvas.getContext('webgl2');
          gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        }
        return performance.now();
      })) - released;
    const cameraAfter = await page.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().getState());
    // One wheel notch at the centre: sigma animates the camera, drawing nodes only (edges and labels hidden while
    // moving on big graphs), then the settled view with everything.
    await page.waitForTimeout(300);
    const ratioBefore = await page.evaluate(() => {
      const w = window as any;
      const camera = w.turngraph.getRenderer().sigma.getCamera();
      w.__frames.renders = [];
      w.__frames.lastStill = 0;
      // Renders drawn with the camera at rest (the last one of a zoom draws the settled view).
      w.turngraph.getRenderer().sigma.on('afterRender', () => camera.isAnimated() || (w.__frames.lastStill = performance.now()));
      return camera.ratio as number;
    });
    t0 = await now();
    await page.mouse.wheel(0, -120);
    const settled = `window.__frames.lastStill > ${t0} && window.turngraph.getRenderer().sigma.getCamera().ratio !== ${ratioBefore}`;
    const wheelMs = (await drawnAfter(t0, 600_000, settled)) ?? NaN;
    const wheelRenders = await page.evaluate(() => (window as any).__frames.renders as number[]);
    if (SCREENSHOT) {
      await page.waitForTimeout(1500);
      const path = SCREENSHOT.replace(/\.png$/, '') + `-${NODES}.png`;
      await page.screenshot({ path });
      process.stdout.write(`screenshot: ${path}\n`);
    }
    const frames = await page.evaluate(() => {
      const f = (window as any).__frames;
      f.on = false;
      return f as { renders: number[]; stamps: number[] };
    });
    const intervals = frames.stamps.slice(1).map((s, i) => s - frames.stamps[i]);
    const moved = Math.hypot(cameraAfter.x - cameraBefore.x, cameraAfter.y - cameraBefore.y) > 1e-6;
    const result: Result = {
      nodes: NODES,
      edges: EDGES,
      firstFrameMs: marks.first,
      frameMedianMs: median(intervals),
      frameP90Ms: percentile(intervals, 0.9),
      stepMedianMs: median(steps),
      releaseMs,
      hoverMs,
      selectMs,
      clearMs,
      wheelMs,
      wheelRenders: wheelRenders.length,
      wheelRenderMedianMs: median(wheelRenders),
    };
    printTable([
      ['measure', `value (${NODES} nodes / ${EDGES} edges)`],
      ['payload: full file', `${(fullBytes / 1e6).toFixed(1)} MB`],
      ['payload: the viewer\'s (?view=1: counts for spans, no turns; quotes fetched when shown)', `${(viewBytes / 1e6).toFixed(1)} MB (${((100 * viewBytes) / fullBytes).toFixed(0)}% of full; first request ${viewFirstMs} ms incl. server prep)`],
      ['graph fetched + JSON parsed (since navigation)', `${marks.fetched.toFixed(0)} ms`],
      ['graph imported into graphology (since navigation)', `${marks.loaded.toFixed(0)} ms (import ${(marks.loaded - marks.fetched).toFixed(0)} ms)`],
      ['viewer index built / sigma constructed (since navigation)', `${marks.indexed.toFixed(0)} / ${marks.created.toFixed(0)} ms`],
      ['first drawn frame (since navigation)', `${marks.first.toFixed(0)} ms`],
      ['page ready, wall clock from goto()', `${wall} ms`],
      [`median frame interval while dragging (${intervals.length + 1} frames, ${moves} mouse moves)`, `${result.frameMedianMs.toFixed(1)} ms (${(1000 / result.frameMedianMs).toFixed(1)} fps)`],
      ['p90 frame interval', `${result.frameP90Ms.toFixed(1)} ms`],
      ['median mouse move → next frame (playwright round trip)', `${result.stepMedianMs.toFixed(1)} ms`],
      ['sigma renders while dragging (median render() time)', `${rendersWhileDragging}${rendersWhileDragging ? ` (${median(frames.renders.slice(0, rendersWhileDragging)).toFixed(1)} ms)` : ''}`],
      ['release → new view drawn with edges and labels', `${releaseMs.toFixed(0)} ms (camera moved: ${moved ? 'yes' : 'NO'})`],
      ['pointer onto a node → view redrawn with its neighbourhood in focus', hoverMs === null ? 'no node under the pointer' : `${hoverMs.toFixed(0)} ms`],
      ['click on it → selected: details panel and view drawn', selectMs === null ? '-' : `${selectMs.toFixed(0)} ms`],
      ['Escape, pointer off the graph → selection cleared, undimmed view drawn', clearMs === null ? '-' : `${clearMs.toFixed(0)} ms`],
      ['wheel notch at the centre → zoomed view drawn (renders during the zoom, median)', `${wheelMs.toFixed(0)} ms (${wheelRenders.length}, ${median(wheelRenders).toFixed(0)} ms)`],
    ]);
    process.stdout.write('note: headless Chromium with --disable-gpu renders WebGL in software (SwiftShader); a real GPU is faster.\n');
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await browser.close();
    await viewer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
// Vite's build and Chromium can leave handles open; the figures are printed, so end here.
process.exit(0);
