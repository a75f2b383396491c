// The viewer at scale in real headless Chromium: quotes lazy-loaded when the page got the lite payload
// (no turn texts), and a generated 5,000-node / 25,000-edge graph that loads, answers a search and pans.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, countInkPixels, measurePixels, openViewer } from './browser.ts';
import { generateGraph } from './generate-graph.ts';
import { buildSampleGraph, details, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

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
  const suite = viewerSuite('turngraph-large-', (dir) => {
    const big = join(dir, 'generated.json');
    writeFileSync(big, JSON.stringify(generateGraph(5000, 25_000, 11)));
    return [buildSampleGraph(dir), big];
  });
  let requests: string[];
  beforeEach(() => {
    requests = [];
    suite.page.on('request', (r) => requests.push(decodeURIComponent(new URL(r.url()).pathname + new URL(r.url()).search)));
  });

  it('lite payload: the first load has no turn texts, and a quote appears once o3 is selected', async () => {
    await openViewer(suite.page, `${suite.viewer.url}?lite=1#g=sample`);
    expect(requests).toContain('/api/graphs/sample?lite=1');
    expect(requests.some((r) => r.includes('/turns?'))).toBe(false);
    // The strip still shows each turn's first words from the lite payload.
    await expect.poll(() => suite.page.locator('.strip-turn .strip-words').first().textContent()).toMatch(/\S/);
    await searchAndEnter(suite.page, 'o3');
    const quotes = details(suite.page).locator('.quote-text');
    await expect.poll(() => quotes.filter({ hasText: 'OpenAI 发布 o3' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => details(suite.page).locator('.quote-text.loading').count()).toBe(0);
    expect(await quotes.locator('mark', { hasText: 'o3' }).count()).toBeGreaterThan(0);
    expect(requests.some((r) => r.startsWith('/api/graphs/sample/turns?ids='))).toBe(true);
  });

  it('a 5,000-node / 25,000-edge graph loads with no console error, is drawn, and answers a search', async () => {
    await suite.page.goto(`${suite.viewer.url}#g=generated`);
    await suite.page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    // Over 2 MB: fetched as the lite payload without being asked to.
    expect(requests).toContain('/api/graphs/generated?lite=1');
    await expect.poll(() => suite.page.locator('#status').textContent()).toBe('5000 entities · 25000 relations');
    await expect.poll(() => countInkPixels(suite.page), { timeout: 60_000 }).toBeGreaterThan(2000);
    await searchAndEnter(suite.page, 'Entity 4321');
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('Entity 4321');
    const mark = details(suite.page).locator('.quote-text mark', { hasText: 'Entity 4321' });
    await expect.poll(() => mark.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }, 300_000);

  it('dragging the 5,000-node graph moves the picture with the pointer, keeps the selection, lands where it was dropped; hover and click still work', async () => {
    await suite.page.goto(`${suite.viewer.url}#g=generated`);
    await suite.page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    await expect.poll(() => countInkPixels(suite.page), { timeout: 60_000 }).toBeGreaterThan(2000);
    // Selecting an entity centres the camera on it.
    await searchAndEnter(suite.page, 'Entity 4321');
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('Entity 4321');
    const nodeOnScreen = () =>
      suite.page.evaluate(() => {
        const sigma = (window as any).turngraph.getRenderer().sigma;
        return sigma.getCamera().isAnimated() ? null : sigma.framedGraphToViewport(sigma.getNodeDisplayData('n4321'));
      });
    await expect.poll(nodeOnScreen, { timeout: 30_000 }).not.toBeNull();
    const graphBox = (await suite.page.locator('#graph').boundingBox())!;
    const start = (await nodeOnScreen())!;
    const shift = { x: 150, y: 80 };
    await suite.page.waitForTimeout(500);
    const before = await suite.page.locator('#graph').screenshot();

    // Press on the selected node and drag: while the button is down the drawn graph follows the pointer.
    await suite.page.mouse.move(graphBox.x + start.x, graphBox.y + start.y);
    await suite.page.mouse.down();
    for (let i = 1; i <= 6; i++) await suite.page.mouse.move(graphBox.x + start.x + (shift.x * i) / 6, graphBox.y + start.y + (shift.y * i) / 6);
    const during = await suite.page.locator('#graph').screenshot();
    expect(await shiftedMatch(suite.page, before, during, shift), 'picture moved with the pointer').toBeGreaterThan(0.85);
    expect(await shiftedMatch(suite.page, before, during, { x: 0, y: 0 }), 'picture left in place').toBeLessThan(0.6);
    // The suite.page keeps answering while the button is down (a search suggestion list opens).
    await suite.page.getByRole('searchbox', { name: 'Search' }).fill('Entity 12');
    await expect.poll(() => suite.page.locator('#search-suggestions').textContent()).toContain('Entity 12');
    await suite.page.mouse.up();

    // Released: the node that was pressed is under the pointer, redrawn in the new view, and still selected.
    await expect.poll(nodeOnScreen).toEqual({ x: expect.closeTo(start.x + shift.x, 0), y: expect.closeTo(start.y + shift.y, 0) });
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('Entity 4321');
    await expect.poll(() => suite.page.evaluate(() => location.hash)).toMatch(/cam=/);
    await suite.page.waitForTimeout(500);
    const after = await suite.page.locator('#graph').screenshot();
    expect(await shiftedMatch(suite.page, during, after, { x: 0, y: 0 }), 'redrawn view matches the dragged picture').toBeGreaterThan(0.85);

    // A click without a drag still selects. Target: the last node drawn (so on top) well inside the view.
    await suite.page.keyboard.press('Escape');
    await expect.poll(() => details(suite.page).locator('.relations').count()).toBe(0);
    const target = await suite.page.evaluate(({ width, height }) => {
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
    await suite.page.mouse.move(graphBox.x + target!.x, graphBox.y + target!.y);
    await expect
      .poll(() => suite.page.evaluate((label) => {
        const sigma = (window as any).turngraph.getRenderer().sigma;
        const graph = sigma.getGraph();
        const key = graph.findNode((_: string, a: { label: string }) => a.label === label);
        const far = graph.nodes().filter((n: string) => n !== key && !graph.areNeighbors(n, key));
        return far.length > 0 && far.every((n: string) => sigma.getNodeDisplayData(n).color === sigma.getNodeDisplayData(far[0]).color);
      }, target!.label), { timeout: 30_000 })
      .toBe(true);
    await suite.page.mouse.click(graphBox.x + target!.x, graphBox.y + target!.y);
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe(target!.label);
  }, 300_000);
});
