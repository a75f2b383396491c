// Node labels in dense spots, in real headless Chromium: a node selected where many nodes crowd shows the name of
// every neighbour drawn on screen (read off the screenshot), on the sample graph and on a generated big graph.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, settledScreenshot } from './browser.ts';
import { generateGraph } from './generate-graph.ts';
import { labelFont, readableTexts } from './read-labels.ts';
import { buildSampleGraph, details, viewerSuite } from './viewer-helpers.ts';

describe.skipIf(!browserAvailable())('labels in dense spots (Chromium)', () => {
  const suite = viewerSuite('turngraph-labels-', (dir) => {
    const big = join(dir, 'generated.json');
    writeFileSync(big, JSON.stringify(generateGraph(5000, 25_000, 7)));
    return [buildSampleGraph(dir), big];
  });

  /** The node inside the middle of the view with the most neighbours close around it on screen. */
  const mostCrowded = () =>
    suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const { width, height } = sigma.getDimensions();
      const at = (k: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k));
      let best: { x: number; y: number; close: number } | null = null;
      graph.forEachNode((key: string) => {
        const p = at(key);
        if (p.x < width / 4 || p.x > (width * 3) / 4 || p.y < height / 4 || p.y > (height * 3) / 4) return;
        const close = graph.neighbors(key).filter((n: string) => Math.hypot(at(n).x - p.x, at(n).y - p.y) < 60).length;
        if (!best || close > best.close) best = { ...p, close };
      });
      return best as { x: number; y: number; close: number } | null;
    });

  /** The selected node's neighbours drawn well inside the view (their labels), and how many are close to it. */
  const shownNeighbours = (label: string) =>
    suite.page.evaluate((label) => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const { width, height } = sigma.getDimensions();
      const at = (k: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k));
      const key = graph.findNode((_k: string, a: { label: string }) => a.label === label);
      const p = at(key);
      const inside = (q: { x: number; y: number }) => q.x > 40 && q.x < width - 40 && q.y > 40 && q.y < height - 40;
      const neighbours: string[] = graph.neighbors(key);
      return {
        labels: neighbours.filter((n) => inside(at(n))).map((n) => graph.getNodeAttribute(n, 'label') as string),
        close: neighbours.filter((n) => Math.hypot(at(n).x - p.x, at(n).y - p.y) < 60).length,
      };
    }, label);

  /** Clicks the most crowded spot; the neighbours of the node selected there. */
  const selectCrowded = async () => {
    const spot = await mostCrowded();
    expect(spot, 'a node in the middle of the view').not.toBeNull();
    const box = (await suite.page.locator('#graph').boundingBox())!;
    await suite.page.mouse.click(box.x + spot!.x, box.y + spot!.y);
    const title = details(suite.page).locator('.details-title');
    await title.waitFor();
    // The pointer leaves the graph: what is shown is the selection, not a hover.
    await suite.page.mouse.move(box.x - 100, box.y + 100);
    const neighbours = await shownNeighbours((await title.textContent())!);
    expect(neighbours.close, 'the selected node\'s neighbours crowd around it').toBeGreaterThanOrEqual(5);
    return neighbours.labels;
  };

  it('selecting the sample graph\'s most crowded node shows the name of each of its neighbours', async () => {
    await suite.page.goto(`${suite.viewer.url}#g=sample`);
    await suite.page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await settledScreenshot(suite.page);
    const neighbours = await selectCrowded();
    // A crowded spot, whatever node it is: the sample's layout moves as extraction changes what it finds (10 or more
    // neighbours on screen until session 20, 9 since 监管 is "regulation", not "AI regulation").
    expect(neighbours.length, 'neighbours drawn around the crowded node').toBeGreaterThanOrEqual(8);
    const png = await settledScreenshot(suite.page);
    const readable = await readableTexts(suite.page, png, neighbours, await labelFont(suite.page));
    expect(neighbours.filter((n) => !readable.includes(n)), 'neighbours whose name cannot be read').toEqual([]);
  }, 120_000);

  it('on a 5,000-node / 25,000-edge graph (drawn on the focus layer) the selected node\'s neighbours are named too', async () => {
    await suite.page.goto(`${suite.viewer.url}#g=generated`);
    await suite.page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    await expect.poll(() => suite.page.evaluate(() => performance.getEntriesByName('turngraph:first-frame').length), { timeout: 60_000 }).toBe(1);
    await settledScreenshot(suite.page, '#graph', 60_000);
    const neighbours = await selectCrowded();
    expect(neighbours.length).toBeGreaterThanOrEqual(5);
    const png = await settledScreenshot(suite.page, '#graph', 60_000);
    const readable = await readableTexts(suite.page, png, neighbours, await labelFont(suite.page));
    expect(neighbours.filter((n) => !readable.includes(n)), 'neighbours whose name cannot be read').toEqual([]);
  }, 300_000);
});
