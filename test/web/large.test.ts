// The viewer at scale in real headless Chromium: a first payload without spans or turn texts, quotes fetched when a
// node is selected, and a generated 5,000-node / 25,000-edge graph that loads, answers a search and pans.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, countInkPixels, measurePixels, openViewer, settledScreenshot, steady } from './browser.ts';
import { generateGraph } from './generate-graph.ts';
import { buildSampleGraph, countColorPixels, details, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

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

interface Point {
  x: number;
  y: number;
}

/**
 * Reads a screenshot of the graph: how many pixels are strongly coloured (type colours; pale greys and label
 * text are not), how many of `coloured` points have a coloured pixel within 3 px, how many of `pale` points have
 * none within 2 px.
 */
async function readFocus(page: Page, coloured: Point[] = [], pale: Point[] = []) {
  const png = await page.locator('#graph').screenshot();
  return measurePixels(page, [png], ([image], { coloured, pale }) => {
    const vivid = (x: number, y: number) => {
      const i = (y * image.width + x) * 4;
      const d = image.data;
      return Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 50;
    };
    const near = (p: { x: number; y: number }, r: number) => {
      for (let y = Math.round(p.y) - r; y <= Math.round(p.y) + r; y++) {
        for (let x = Math.round(p.x) - r; x <= Math.round(p.x) + r; x++) {
          if (x >= 0 && y >= 0 && x < image.width && y < image.height && vivid(x, y)) return true;
        }
      }
      return false;
    };
    let vividPixels = 0;
    for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) if (vivid(x, y)) vividPixels++;
    return {
      vividPixels,
      colouredHit: coloured.filter((p) => near(p, 3)).length,
      paleHit: pale.filter((p) => !near(p, 2)).length,
    };
  }, { coloured, pale });
}

describe.skipIf(!browserAvailable())('viewer on big graphs (Chromium)', () => {
  const suite = viewerSuite('turngraph-large-', (dir) => {
    const big = join(dir, 'generated.json');
    writeFileSync(big, JSON.stringify(generateGraph(5000, 25_000, 11)));
    return [buildSampleGraph(dir), big];
  });
  /** Opens the 5,000-node graph and waits until it is drawn; the graph's box on the page. */
  const openGenerated = async () => {
    await suite.page.goto(`${suite.viewer.url}#g=generated`);
    await suite.page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    await expect.poll(() => countInkPixels(suite.page), { timeout: 60_000 }).toBeGreaterThan(2000);
    return (await suite.page.locator('#graph').boundingBox())!;
  };
  let requests: string[];
  beforeEach(() => {
    requests = [];
    suite.page.on('request', (r) => requests.push(decodeURIComponent(new URL(r.url()).pathname + new URL(r.url()).search)));
  });

  it('the first load has no spans or turn texts; selecting o3 fetches its quotes, the mention highlighted', async () => {
    await openViewer(suite.page, `${suite.viewer.url}#g=sample`);
    expect(requests).toContain('/api/graphs/sample?view=1');
    expect(requests.some((r) => /\/(mentions|spoken|evidence)\?/.test(r))).toBe(false);
    const payload = await (await fetch(`${suite.viewer.url}api/graphs/sample?view=1`)).text();
    expect(payload).not.toMatch(/"mentions"|"evidence"|"turns":\[/);
    expect(payload).not.toContain('OpenAI 发布 o3');
    // The strip fetches the document it shows: each turn's first words.
    await expect.poll(() => suite.page.locator('.strip-turn .strip-words').first().textContent()).toMatch(/\S/);
    await searchAndEnter(suite.page, 'o3');
    const quotes = details(suite.page).locator('.quote-text');
    await expect.poll(() => quotes.filter({ hasText: 'OpenAI 发布 o3' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => details(suite.page).locator('.quote-text.loading').count()).toBe(0);
    expect(await quotes.locator('mark', { hasText: 'o3' }).count()).toBeGreaterThan(0);
    expect(requests.some((r) => r.startsWith('/api/graphs/sample/mentions?node=o3'))).toBe(true);
  });

  it('a 5,000-node / 25,000-edge graph loads with no console error, is drawn, and answers a search', async () => {
    await suite.page.goto(`${suite.viewer.url}#g=generated`);
    await suite.page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    expect(requests).toContain('/api/graphs/generated?view=1');
    await expect.poll(() => suite.page.locator('#status').textContent()).toBe('5000 entities · 25000 relations');
    await expect.poll(() => countInkPixels(suite.page), { timeout: 60_000 }).toBeGreaterThan(2000);
    await searchAndEnter(suite.page, 'Entity 4321');
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('Entity 4321');
    const mark = details(suite.page).locator('.quote-text mark', { hasText: 'Entity 4321' });
    await expect.poll(() => mark.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }, 300_000);

  it('dragging the 5,000-node graph moves the picture with the pointer, keeps the selection, lands where it was dropped; hover and click still work', async () => {
    await openGenerated();
    // Selecting an entity centres the camera on it.
    await searchAndEnter(suite.page, 'Entity 4321');
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('Entity 4321');
    const nodeOnScreen = () =>
      suite.page.evaluate(() => {
        const sigma = (window as any).turngraph.getRenderer().sigma;
        return sigma.getCamera().isAnimated() ? null : sigma.framedGraphToViewport(sigma.getNodeDisplayData('n4321'));
      });
    // Where the camera came to rest: the same place on two reads in a row (a slow machine may start late).
    const rest = await steady(suite.page, nodeOnScreen, (a, b) => a !== null && JSON.stringify(a) === JSON.stringify(b), { interval: 300, timeout: 30_000 });
    expect(rest.steady, 'the camera came to rest on the selected node').toBe(true);
    const graphBox = (await suite.page.locator('#graph').boundingBox())!;
    const start = rest.value!;
    const shift = { x: 150, y: 80 };
    // The pointer rests on the selected node first: the node on top there is hovered and its neighbourhood drawn.
    await suite.page.mouse.move(graphBox.x + start.x, graphBox.y + start.y);
    const before = await settledScreenshot(suite.page);

    // Press there and drag: while the button is down the drawn graph follows the pointer. The first small step
    // starts the drag with the pointer still on the pressed node (a long first jump would hover whatever node it
    // lands on before the drag takes over the pointer: sigma's hover box there).
    await suite.page.mouse.down();
    await suite.page.mouse.move(graphBox.x + start.x + 4, graphBox.y + start.y + 2);
    for (let i = 1; i <= 6; i++) await suite.page.mouse.move(graphBox.x + start.x + (shift.x * i) / 6, graphBox.y + start.y + (shift.y * i) / 6);
    const during = await settledScreenshot(suite.page);
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
    const after = await settledScreenshot(suite.page);
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
    await suite.page.mouse.click(graphBox.x + target!.x, graphBox.y + target!.y);
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe(target!.label);
  }, 300_000);

  it('resting the pointer on a node of the 5,000-node graph greys out the rest and keeps its neighbourhood in colour; a click opens it; Esc brings the colours back', async () => {
    const graphBox = await openGenerated();
    // A well-connected node drawn on top (last in order) well inside the view; where its neighbours and some
    // nodes far from the whole neighbourhood are on screen.
    const scene = await suite.page.evaluate(({ width, height }) => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const at = (k: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k));
      const inside = (p: { x: number; y: number }, m: number) => p.x > m && p.x < width - m && p.y > m && p.y < height - m;
      const keys: string[] = graph.nodes();
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        const centre = at(key);
        if (!inside(centre, 150) || graph.degree(key) < 6) continue;
        const neighbours = graph.neighbors(key).map(at).filter((p: { x: number; y: number }) => inside(p, 10));
        const focus = [centre, ...neighbours];
        // Far: more than 40 px from every focused node and from the segments joining them to the centre.
        const far = keys
          .filter((k) => k !== key && !graph.areNeighbors(k, key))
          .map(at)
          .filter((p: { x: number; y: number }) => inside(p, 10))
          .filter((p: { x: number; y: number }) =>
            focus.every((q) => {
              const [dx, dy] = [q.x - centre.x, q.y - centre.y];
              const t = Math.max(0, Math.min(1, ((p.x - centre.x) * dx + (p.y - centre.y) * dy) / (dx * dx + dy * dy || 1)));
              return Math.hypot(p.x - centre.x - t * dx, p.y - centre.y - t * dy) > 40;
            }),
          )
          .slice(0, 40);
        if (neighbours.length >= 4 && far.length >= 20) return { key, label: graph.getNodeAttribute(key, 'label') as string, centre, neighbours, far };
      }
      return null;
    }, graphBox);
    expect(scene, 'a node with neighbours on screen').not.toBeNull();
    const { centre, neighbours, far, label } = scene!;
    const before = await readFocus(suite.page, neighbours, far);
    // Before: the far nodes are drawn in their type colours.
    expect(before.paleHit).toBeLessThan(far.length / 2);

    await suite.page.mouse.move(graphBox.x + centre.x, graphBox.y + centre.y);
    // The rest of the graph turns grey: most of the colour is gone, the far nodes are pale...
    await expect.poll(async () => (await readFocus(suite.page)).vividPixels, { timeout: 60_000 }).toBeLessThan(before.vividPixels * 0.3);
    const hovered = await readFocus(suite.page, neighbours, far);
    expect(hovered.paleHit).toBe(far.length);
    // ...while the neighbours keep their colour, and the relations to them are drawn dark.
    expect(hovered.colouredHit).toBeGreaterThanOrEqual(Math.ceil(neighbours.length * 0.8));
    expect(await countColorPixels(suite.page, '#4b5563', 20)).toBeGreaterThan(20);

    // A click selects it: the details panel shows it, and its neighbourhood stays in focus.
    await suite.page.mouse.click(graphBox.x + centre.x, graphBox.y + centre.y);
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe(label);
    await suite.page.mouse.move(graphBox.x - 100, graphBox.y + 100);
    await suite.page.waitForTimeout(300);
    const selected = await readFocus(suite.page, neighbours, far);
    expect(selected.paleHit).toBe(far.length);
    expect(selected.colouredHit).toBeGreaterThanOrEqual(Math.ceil(neighbours.length * 0.8));

    // Esc clears the selection: the whole graph is in colour again.
    await suite.page.keyboard.press('Escape');
    await expect.poll(() => details(suite.page).locator('.relations').count()).toBe(0);
    await expect.poll(async () => (await readFocus(suite.page)).vividPixels, { timeout: 60_000 }).toBeGreaterThan(before.vividPixels * 0.8);
  }, 300_000);

  it('a wheel notch on the 5,000-node graph zooms in about the pointer: the node under it stays, the others spread out', async () => {
    const graphBox = await openGenerated();
    const onScreen = (keys: string[]) =>
      suite.page.evaluate((keys) => {
        const sigma = (window as any).turngraph.getRenderer().sigma;
        return keys.map((k) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)) as { x: number; y: number });
      }, keys);
    // A node near the middle under the pointer, and one 100-250 px away from it.
    const [anchor, other] = await suite.page.evaluate(({ width, height }) => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const at = (k: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k));
      const keys: string[] = sigma.getGraph().nodes();
      const a = keys.find((k) => Math.hypot(at(k).x - width / 2, at(k).y - height / 2) < 120)!;
      const b = keys.find((k) => Math.hypot(at(k).x - at(a).x, at(k).y - at(a).y) > 100 && Math.hypot(at(k).x - at(a).x, at(k).y - at(a).y) < 250)!;
      return [a, b];
    }, graphBox);
    const [p0, q0] = await onScreen([anchor, other]);
    const ratio0: number = await suite.page.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().ratio);
    await suite.page.mouse.move(graphBox.x + p0.x, graphBox.y + p0.y);
    await suite.page.mouse.wheel(0, -120);
    await expect
      .poll(() => suite.page.evaluate(() => {
        const camera = (window as any).turngraph.getRenderer().sigma.getCamera();
        return camera.isAnimated() ? 0 : camera.ratio;
      }), { timeout: 60_000 })
      .toBeCloseTo(ratio0 / 1.7, 5);
    const [p1, q1] = await onScreen([anchor, other]);
    expect(p1.x).toBeCloseTo(p0.x, 0);
    expect(p1.y).toBeCloseTo(p0.y, 0);
    expect(Math.abs(q1.x - (p0.x + 1.7 * (q0.x - p0.x)))).toBeLessThan(2);
    expect(Math.abs(q1.y - (p0.y + 1.7 * (q0.y - p0.y)))).toBeLessThan(2);
    // The zoomed view is drawn (no layer left scaled): ink where the anchor node is.
    await expect.poll(() => suite.page.evaluate(() => Object.values((window as any).turngraph.getRenderer().sigma.getCanvases()).every((c: any) => !c.style.transform))).toBe(true);
    expect(await countInkPixels(suite.page, '#graph', { ...p1, radius: 4 })).toBeGreaterThan(0);
  }, 300_000);
});
