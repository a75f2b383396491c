// The details panel in real headless Chromium on a hand-written graph of two interviews whose guests share a label:
// wherever such a guest is named, its document says which one; selecting one shows it with its neighbours.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { browserAvailable, openViewer, steady } from './browser.ts';
import { handGraph, handTurn } from './hand-graph.ts';
import { details, quotesLoaded, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

const LLAMA = 'Inside Meta: the Llama team';
const GLASSES = 'Inside Meta: the glasses team';

/** Two documents, each a host asking and a guest answering "I work at Meta on …"; each guest WORKS_AT Meta. */
function twoGuestsGraph(): SerializedKnowledgeGraph {
  const docs = [{ id: 'llama', title: LLAMA, on: 'Llama' }, { id: 'glasses', title: GLASSES, on: 'the glasses' }];
  const turns = docs.flatMap((d) => [handTurn(d.id, 0, `host@${d.id}`, 'Host', 'Where do you work?'), handTurn(d.id, 1, `guest@${d.id}`, 'Guest', `I work at Meta on ${d.on}.`)]);
  const person = (key: string, label: string, doc: string, x: number, y: number) => ({ key, label, type: 'person' as const, documents: [doc], speaker: true, x, y, color: '#e4572e' });
  return handGraph('two-guests', docs, turns, [
    person('host@llama', 'Host (host)', 'llama', -10, 10), person('guest@llama', 'Guest (guest)', 'llama', -10, -10),
    person('host@glasses', 'Host (host)', 'glasses', 10, 10), person('guest@glasses', 'Guest (guest)', 'glasses', 10, -10),
    { key: 'meta', label: 'Meta', type: 'organization', documents: ['llama', 'glasses'], x: 0, y: 0, size: 8, color: '#1f77b4', mentions: docs.map((d) => ({ turn: `${d.id}#1`, start: 10, end: 14 })) },
  ], docs.map((d) => ({ key: `works-${d.id}`, source: `guest@${d.id}`, target: 'meta', type: 'WORKS_AT', evidence: [{ turn: `${d.id}#1`, start: 0, end: 14 }], rules: ['test-works-at'] })));
}

describe.skipIf(!browserAvailable())('details panel: same-label nodes named with their document (Chromium)', () => {
  const suite = viewerSuite('turngraph-details-', (dir) => {
    const file = join(dir, 'two-guests.json');
    writeFileSync(file, JSON.stringify(twoGuestsGraph()));
    return [file];
  });

  it('relation lists, relation titles and quote headers tell the two guests apart', async () => {
    await openViewer(suite.page, suite.viewer.url);
    await searchAndEnter(suite.page, 'Meta');
    const panel = details(suite.page);
    // Meta's relations: one guest of each interview, each with its interview's title.
    const relations = (await panel.locator('.relations .relation').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(relations).toHaveLength(2);
    expect(relations).toEqual(expect.arrayContaining([expect.stringMatching(`^← Guest \\(guest\\) — ${LLAMA} ×1$`), expect.stringMatching(`^← Guest \\(guest\\) — ${GLASSES} ×1$`)]));
    // Its quotes: each header says whose words they are, and from which interview.
    const speakers = await panel.getByRole('region', { name: 'Quotes' }).locator('.quote-speaker').allTextContents();
    expect(speakers.sort()).toEqual([`Guest (guest) — ${GLASSES}`, `Guest (guest) — ${LLAMA}`].sort());
    if (process.env.TURNGRAPH_SCREENSHOT) await suite.page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });

    // The glasses guest's relation: the title names that guest with its interview, Meta alone (a unique label) as it is.
    await panel.locator('.relations .relation', { hasText: GLASSES }).click();
    await expect.poll(() => panel.locator('.details-title').textContent()).toBe(`Guest (guest) — ${GLASSES} WORKS_AT Meta`);
    await quotesLoaded(suite.page);
    expect(await panel.locator('.quote-speaker').allTextContents()).toEqual([`Guest (guest) — ${GLASSES}`]);
    expect(await panel.locator('.quote-text').allTextContents()).toEqual(['I work at Meta on the glasses.']);

    // A turn: its title and its speaker's quote header carry the hint too.
    await panel.locator('.quote-meta').first().click();
    await expect.poll(() => panel.locator('.details-title').textContent()).toBe(`Turn #1 · Guest (guest) — ${GLASSES}`);
    await quotesLoaded(suite.page);
    expect(await panel.locator('.quote-speaker').allTextContents()).toEqual([`Guest (guest) — ${GLASSES}`]);
  });

  it('a node picked in the search is shown with its neighbours, not zoomed in past them', async () => {
    await openViewer(suite.page, suite.viewer.url);
    await searchAndEnter(suite.page, 'Meta');
    // Where Meta and its two guests are drawn, in pixels of the graph area, once the camera has settled.
    const inView = () => suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const { width, height } = sigma.getDimensions();
      return ['meta', 'guest@llama', 'guest@glasses'].filter((key) => {
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key));
        return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
      });
    });
    const ratio = () => suite.page.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().ratio as number);
    const settled = await steady(suite.page, ratio, (a, b) => a === b);
    expect(settled.steady).toBe(true);
    expect(await inView()).toEqual(['meta', 'guest@llama', 'guest@glasses']);
    // Centred on Meta.
    const meta = await suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const { width, height } = sigma.getDimensions();
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData('meta'));
      return { dx: Math.abs(p.x - width / 2), dy: Math.abs(p.y - height / 2) };
    });
    expect(meta.dx).toBeLessThan(5);
    expect(meta.dy).toBeLessThan(5);

    // A guest at the edge of the graph: the camera goes there, and Meta, its one neighbour, stays in view.
    const box = suite.page.getByRole('searchbox', { name: 'Search' });
    await box.fill('guest');
    await suite.page.locator('#search-suggestions [role="option"]', { hasText: GLASSES }).click();
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe(`Guest (guest) — ${GLASSES}`);
    expect((await steady(suite.page, ratio, (a, b) => a === b)).steady).toBe(true);
    expect(await inView()).toEqual(expect.arrayContaining(['meta', 'guest@glasses']));
    if (process.env.TURNGRAPH_SCREENSHOT) await suite.page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });
  });
});
