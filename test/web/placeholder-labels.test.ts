// An archive's unnamed speakers, in real headless Chromium: each transcript's "Guest (guest)" is its own node, told
// apart only by its document. The overview names the entities, not a ring of identical "Guest (guest)" labels;
// guests in focus (a selected company's) are named.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { browserAvailable, openViewer, settledScreenshot } from './browser.ts';
import { handGraph, handTurn } from './hand-graph.ts';
import { labelFont, readableTexts } from './read-labels.ts';
import { viewerSuite } from './viewer-helpers.ts';

const EPISODES = 8;
const ORGS = ['Meta', 'Lumen Labs', 'Quarry Robotics'];

/** Eight episodes, each an unnamed guest (its own node) who works at one of three companies, far apart on a ring. */
function archiveGraph(): SerializedKnowledgeGraph {
  const ids = Array.from({ length: EPISODES }, (_, i) => `ep${i + 1}`);
  const orgKey = (label: string) => label.toLowerCase().replace(/ /g, '-');
  const angle = (i: number, n: number) => (2 * Math.PI * i) / n;
  const turns = ids.map((id, i) => handTurn(id, 0, `guest@${id}`, 'Guest', `I work at ${ORGS[i % 3]}.`));
  const guests = ids.map((id, i) => ({
    key: `guest@${id}`, label: 'Guest (guest)', type: 'person' as const, documents: [id], speaker: true,
    x: 100 * Math.cos(angle(i, EPISODES)), y: 100 * Math.sin(angle(i, EPISODES)), size: 4,
  }));
  const orgs = ORGS.map((label, i) => {
    const docs = ids.filter((_, d) => d % 3 === i);
    return { key: orgKey(label), label, type: 'organization' as const, documents: docs, mentions: docs.map((id) => ({ turn: `${id}#0`, start: 10, end: 10 + label.length })),
      x: 30 * Math.cos(angle(i, 3)), y: 30 * Math.sin(angle(i, 3)) };
  });
  const edges = ids.map((id, i) => ({ key: `works-${id}`, source: `guest@${id}`, target: orgKey(ORGS[i % 3]), type: 'WORKS_AT', evidence: [{ turn: `${id}#0`, start: 0, end: 10 + ORGS[i % 3].length }] }));
  return handGraph('archive', ids.map((id, i) => ({ id, title: `Episode ${i + 1}` })), turns, [...guests, ...orgs], edges);
}

describe.skipIf(!browserAvailable())('labels of repeated placeholder names (Chromium)', () => {
  const suite = viewerSuite('turngraph-placeholders-', (dir) => {
    const file = join(dir, 'archive.json');
    writeFileSync(file, JSON.stringify(archiveGraph()));
    return [file];
  });

  it('the overview names the companies and not the eight "Guest (guest)" nodes; guests in focus are named', async () => {
    await openViewer(suite.page, suite.viewer.url);
    const font = await labelFont(suite.page);
    const overview = await readableTexts(suite.page, await settledScreenshot(suite.page), ['Guest (guest)', ...ORGS], font);
    expect(overview).toEqual(expect.arrayContaining(ORGS));
    expect(overview).not.toContain('Guest (guest)');

    // Meta selected: its guests are its neighbours, in focus, and named.
    await suite.page.evaluate(() => (window as any).turngraph.selectNode('meta'));
    await suite.page.locator('aside[aria-label="Details"] .details-title').waitFor();
    const box = (await suite.page.locator('#graph').boundingBox())!;
    await suite.page.mouse.move(box.x - 100, box.y + 100);
    const shot = await settledScreenshot(suite.page);
    if (process.env.TURNGRAPH_SCREENSHOT) writeFileSync(process.env.TURNGRAPH_SCREENSHOT, shot);
    const selected = await readableTexts(suite.page, shot, ['Guest (guest)'], font);
    expect(selected).toEqual(['Guest (guest)']);
  }, 120_000);
});
