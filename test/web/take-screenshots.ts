// Takes the README screenshots with the same headless Chromium as the tests: `npx tsx test/web/take-screenshots.ts`
// → docs/screenshots/viewer-{default,selected,turn,hover}.png; `--large` adds viewer-50k-hover.png (50k / 250k).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startViewer } from '../../src/server/serve.ts';
import { launchBrowser, openViewer, watchPage } from './browser.ts';
import { generateGraph } from './generate-graph.ts';

/** Rests the pointer on the best-connected node drawn inside the middle of the view. */
async function hoverHub(page: Page): Promise<void> {
  const box = (await page.locator('#graph').boundingBox())!;
  const point = await page.evaluate(({ width, height }) => {
    const sigma = (window as any).turngraph.getRenderer().sigma;
    const graph = sigma.getGraph();
    let best: { x: number; y: number; degree: number } | null = null;
    graph.forEachNode((key: string) => {
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key));
      const inside = p.x > width * 0.25 && p.x < width * 0.75 && p.y > height * 0.25 && p.y < height * 0.75;
      if (inside && (!best || graph.degree(key) > best.degree)) best = { ...p, degree: graph.degree(key) };
    });
    return best as { x: number; y: number } | null;
  }, box);
  if (!point) throw new Error('take-screenshots: no node in the middle of the view');
  await page.mouse.move(box.x + point.x, box.y + point.y);
}

const OUT = 'docs/screenshots';
const dir = mkdtempSync(join(tmpdir(), 'turngraph-shots-'));
const graph = join(dir, 'sample.json');
const large = process.argv.includes('--large') ? join(dir, 'generated.json') : null;
if (large) writeFileSync(large, JSON.stringify(generateGraph(50_000, 250_000, 3)));
execFileSync(process.execPath, ['bin/turngraph.js', 'build', 'graph-data/altman-o3-interview.zh.md', '-o', graph, '--quiet'], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const viewer = await startViewer({ files: large ? [graph, large] : [graph], port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const log = watchPage(page);
  await openViewer(page, viewer.url);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, 'viewer-default.png') });

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('o3');
  await search.press('Enter');
  await page.waitForTimeout(1200);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: join(OUT, 'viewer-selected.png') });

  await page.keyboard.press('Escape');
  await page.locator('.strip-turn', { hasText: 'OpenAI 发布' }).first().click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'viewer-turn.png') });

  await page.keyboard.press('Escape');
  await hoverHub(page);
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'viewer-hover.png') });
  const written = ['viewer-default.png', 'viewer-selected.png', 'viewer-turn.png', 'viewer-hover.png'];

  const errors = [...log.errors, ...log.dialogs];
  if (large) {
    // A fresh page: a hash change alone would keep the sample's ready flag while the big graph loads.
    const big = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const bigLog = watchPage(big);
    await big.addInitScript('window.__name = (f) => f');
    await big.goto(`${viewer.url}#g=generated`);
    await big.waitForSelector('body[data-ready="true"]', { timeout: 600_000 });
    await big.waitForFunction(() => performance.getEntriesByName('turngraph:first-frame').length > 0, undefined, { timeout: 600_000 });
    await big.waitForTimeout(3000);
    await hoverHub(big);
    await big.waitForFunction(() => performance.getEntriesByName('turngraph:focus-drawn').length > 0, undefined, { timeout: 600_000 });
    await big.waitForTimeout(1500);
    await big.screenshot({ path: join(OUT, 'viewer-50k-hover.png') });
    written.push('viewer-50k-hover.png');
    errors.push(...bigLog.errors, ...bigLog.dialogs);
  }
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  process.stdout.write(`wrote ${written.map((f) => join(OUT, f)).join(', ')}\n`);
} finally {
  await browser.close();
  await viewer.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
