// The viewer at scale in real headless Chromium: quotes lazy-loaded when the page got the lite payload
// (no turn texts), and a generated 5,000-node / 25,000-edge graph that loads, answers a search and pans.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningViewer } from '../../src/server/serve.ts';
import { browserAvailable, countInkPixels, launchBrowser, measurePixels, openViewer, watchPage } from './browser.ts';
import { generateGraph } from './generate-graph.ts';
import { details, searchAndEnter, startTestViewer } from './viewer-helpers.ts';

const SAMPLE = 'graph-data/altman-o3-interview.zh.md';

/**
 * Share of the strongly inked pixels of `before` (sampled on a grid, away from the edges) whose colour is found
 * `shift` pixels further in `after`: near 1 when the picture moved by `shift`, low when it did not.
 */
async function shiftedMatch(page: Page, before: Buffer, after: Buffer, shift: { x: number; y: number }): Promise<number> {
  return measurePixels(page, [before, after], ([pa, pb], shift) => {
    const at = (p: ImageData, x: number, y: number) => {
      const i = (y * p.width + x) * 4;
      return [p.data[i], p.data[i + 1], p.data[i + 2]];
    };
    let inked = 0;
    let same = 0;
    const margin = 30;
    for (let y = margin; y < pa.height - margin; y += 5) {
      for (let x = margin; x < pa.width - margin; x += 5) {
        const [tx, ty] = [x + shift.x, y + shift.y];
        if (tx < margin || ty < margin || tx >= pb.width - margin || ty >= pb.height - margin) continue;
        const ca = at(pa, x, y);
        // Only strong ink (coloured nodes, label text): the pale dimmed background matches anywhere.
        if (Math.min(...ca) >= 200) continue;
        inked++;
        const cb = at(pb, tx, ty);
        if (ca.every((c, k) => Math.abs(c - cb[k]) < 40)) same++;
      }
    }
    return inked ? same / inked : 0;
  }, shift);
}

describe.skipIf(!browserAvailable())('viewer on big graphs (Chromium)', () => {
  let dir: string;
  let viewer: RunningViewer;
  let browser: Browser;
  let page: Page;
  let log: ReturnType<typeof watchPage>;
  let requests: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'turngraph-large-'));
    const sample = join(dir, 'sample.json');
    execFileSync(process.execPath, ['bin/turngraph.js', 'build', SAMPLE, '-o', sample, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const big = join(dir, 'generated.json');
    writeFileSync(big, JSON.stringify(generateGraph(5000, 25_000, 11)));
    viewer = await startTestViewer([sample, big]);
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    log = watchPage(page);
    requests = [];
    page.on('request', (r) => requests.push(decodeURIComponent(new URL(r.url()).pathname + new URL(r.url()).search)));
  });

  afterEach(async () => {
    expect(log.errors, 'console errors').toEqual([]);
    await page.close();
  });

  it('lite payload: the first load has no turn texts, and a quote appears once o3 is selected', async () => {
    await openViewer(page, `${viewer.url}?lite=1#g=sample`);
    expect(requests).toContain('/api/graphs/sample?lite=1');
    expect(requests.some((r) => r.includes('/turns?'))).toBe(false);
    // The strip still shows each turn's first words from the lite payload.
    await expect.poll(() => page.locator('.strip-turn .strip-words').first().textContent()).toMatch(/\S/);
    await searchAndEnter(page, 'o3');
    const quotes = details(page).locator('.quote-text');
    await expect.poll(() => quotes.filter({ hasText: 'OpenAI 发布 o3' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => details(page).locator('.quote-text.loading').count()).toBe(0);
    expect(await quotes.locator('mark', { hasText: 'o3' }).count()).toBeGreaterThan(0);
    expect(requests.some((r) => r.startsWith('/api/graphs/sample/turns?ids='))).toBe(true);
  });

  it('a 5,000-node / 25,000-edge graph loads with no console error, is drawn, and answers a search', async () => {
    await page.goto(`${viewer.url}#g=generated`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    // Over 2 MB: fetched as the lite payload without being asked to.
    expect(requests).toContain('/api/graphs/generated?lite=1');
    await expect.poll(() => page.locator('#status').textContent()).toBe('5000 entities · 25000 relations');
    await expect.poll(() => countInkPixels(page), { timeout: 60_000 }).toBeGreaterThan(2000);
    await searchAndEnter(page, 'Entity 4321');
    await expect.poll(() => details(page).locator('.details-title').textContent()).toBe('Entity 4321');
    const mark = details(page).locator('.quote-text mark', { hasText: 'Entity 4321' });
    await expect.poll(() => mark.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }, 300_000);

  it('dragging the 5,000-node graph moves the picture with the pointer, keeps the selection, lands where it was dropped; hover and click still work', async () => {
    await page.goto(`${viewer.url}#g=generated`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    await expect.poll(() => countInkPixels(page), { timeout: 60_000 }).toBeGreaterThan(2000);
    // Selecting an entity centres the camera on it.
    await searchAndEnter(page, 'Entity 4321');
    await expect.poll(() => details(page).locator('.details-title').textContent()).toBe('Entity 4321');
    const nodeOnScreen = () =>
      page.evaluate(() => {
        const sigma = (window as any).turngraph.getRenderer().sigma;
        return sigma.getCamera().isAnimated() ? null : sigma.framedGraphToViewport(sigma.getNodeDisplayData('n4321'));
      });
    await expect.poll(nodeOnScreen, { timeout: 30_000 }).not.toBeNull();
    const graphBox = (await page.locator('#graph').boundingBox())!;
    const start = (await nodeOnScreen())!;
    const shift = { x: 150, y: 80 };
    await page.waitForTimeout(500);
    const before = await page.locator('#graph').screenshot();

    // Press on the selected node and drag: while the button is down the drawn graph follows the pointer.
    await page.mouse.move(graphBox.x + start.x, graphBox.y + start.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(graphBox.x + start.x + (shift.x * i) / 6, graphBox.y + start.y + (shift.y * i) / 6);
    const during = await page.locator('#graph').screenshot();
    expect(await shiftedMatch(page, before, during, shift), 'picture moved with the pointer').toBeGreaterThan(0.85);
    expect(await shiftedMatch(page, before, during, { x: 0, y: 0 }), 'picture left in place').toBeLessThan(0.6);
    // The page keeps answering while the button is down (a search suggestion list opens).
    await page.getByRole('searchbox', { name: 'Search' }).fill('Entity 12');
    await expect.poll(() => page.locator('#search-suggestions').textContent()).toContain('Entity 12');
    await page.mouse.up();

    // Released: the node that was pressed is under the pointer, redrawn in the new view, and still selected.
    await expect.poll(nodeOnScreen).toEqual({ x: expect.closeTo(start.x + shift.x, 0), y: expect.closeTo(start.y + shift.y, 0) });
    await expect.poll(() => details(page).locator('.details-title').textContent()).toBe('Entity 4321');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/cam=/);
    await page.waitForTimeout(500);
    const after = await page.locator('#graph').screenshot();
    expect(await shiftedMatch(page, during, after, { x: 0, y: 0 }), 'redrawn view matches the dragged picture').toBeGreaterThan(0.85);

    // A click without a drag still selects. Target: the last node drawn (so on top) well inside the view.
    await page.keyboard.press('Escape');
    await expect.poll(() => details(page).locator('.relations').count()).toBe(0);
    const target = await page.evaluate(({ width, height }) => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const keys: string[] = sigma.getGraph().nodes();
      for (let i = keys.length - 1; i >= 0; i--) {
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(keys[i]));
        if (p.x > 100 && p.x < width - 100 && p.y > 100 && p.y < height - 100) return { ...p, label: sigma.getGraph().getNodeAttribute(keys[i], 'label') as string };
      }
      return null;
    }, graphBox);
    expect(target).not.toBeNull();
    // Resting the pointer on it dims every node that is not its neighbour (hover focus, as on small graphs).
    await page.mouse.move(graphBox.x + target!.x, graphBox.y + target!.y);
    await expect
      .poll(() => page.evaluate((label) => {
        const sigma = (window as any).turngraph.getRenderer().sigma;
        const graph = sigma.getGraph();
        const key = graph.findNode((_: string, a: { label: string }) => a.label === label);
        const far = graph.nodes().filter((n: string) => n !== key && !graph.areNeighbors(n, key));
        return far.length > 0 && far.every((n: string) => sigma.getNodeDisplayData(n).color === sigma.getNodeDisplayData(far[0]).color);
      }, target!.label), { timeout: 30_000 })
      .toBe(true);
    await page.mouse.click(graphBox.x + target!.x, graphBox.y + target!.y);
    await expect.poll(() => details(page).locator('.details-title').textContent()).toBe(target!.label);
  }, 300_000);
});
