// `npx tsx test/web/measure-first-frame.ts GRAPH.json [NODE_KEY]`: opens the viewer on a graph in headless Chromium and
// prints the bytes of the graph payload, the time to the first frame and the time from selecting a node to its quotes.
import { readFileSync } from 'node:fs';
import { launchBrowser } from './browser.ts';
import { startTestViewer } from './viewer-helpers.ts';

/** The node quoted in the most turns (the slowest panel to fill), read from the file itself. */
function busiestNode(path: string): string {
  const graph = JSON.parse(readFileSync(path, 'utf8')) as { nodes: { key: string; attributes: { mentions?: { turn: string }[] } }[] };
  let best = { key: '', turns: -1 };
  for (const node of graph.nodes) {
    const turns = new Set((node.attributes.mentions ?? []).map((m) => m.turn)).size;
    if (turns > best.turns) best = { key: node.key, turns };
  }
  return best.key;
}

async function main(path: string, key = busiestNode(path)): Promise<void> {
  const viewer = await startTestViewer([path]);
  const browser = await launchBrowser();
  try {
    // Give a server that prepares big files at start the few seconds a user's browser takes to open.
    await new Promise((done) => setTimeout(done, 3000));
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    // tsx names the functions it compiles with __name(), which the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    const started = Date.now();
    await page.goto(viewer.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
    await page.waitForFunction(() => performance.getEntriesByName('turngraph:first-frame').length > 0, null, { timeout: 300_000 });
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
    const wall = Date.now() - started;
    // What the page fetched from the graph endpoint before its first frame (the browser's own byte counts).
    const payloads = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/graphs/'))
      .map((e) => ({ url: e.name.replace(/^https?:\/\/[^/]+/, ''), bytes: (e as PerformanceResourceTiming).decodedBodySize, ms: Math.round(e.duration) })));
    // Timed in the page: from the selection to the first highlighted quote in the details panel (a mutation observer
    // sees it as it is inserted, whatever else keeps the main thread busy afterwards).
    const clickMs = await page.evaluate((node) => new Promise<number>((done) => {
      const panel = document.querySelector('aside[aria-label="Details"]')!;
      const started = performance.now();
      const seen = () => panel.querySelector('.quotes .quote-text mark') !== null;
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        observer.disconnect();
        done(Math.round(performance.now() - started));
      });
      observer.observe(panel, { childList: true, subtree: true });
      (window as unknown as { turngraph: { selectNode(k: string): void } }).turngraph.selectNode(node);
    }), key);
    await page.waitForSelector('aside[aria-label="Details"] .quotes .quote-text mark', { timeout: 120_000 });
    const quotes = await page.locator('aside[aria-label="Details"] .quotes .quote').count();
    process.stdout.write(`${JSON.stringify({ file: path, node: key, payloads, firstFrameMs: marks['turngraph:first-frame'], wallToFirstFrameMs: wall, marks, clickToQuotesMs: clickMs, quotesShown: quotes })}\n`);
  } finally {
    await browser.close();
    await viewer.close();
  }
}

const [path, key] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: tsx test/web/measure-first-frame.ts GRAPH.json [NODE_KEY]\n');
  process.exitCode = 2;
} else {
  main(path, key).then(() => process.exit(0), (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
