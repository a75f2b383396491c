// Relation types in real headless Chromium, read off the screenshot: a node whose relations leave it a few degrees
// apart, once selected, shows each type readable along its edge (two relations of one pair both named); with
// nothing selected, types show only when zoomed in close.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { TYPE_COLORS, type EntityType } from '../../src/model.ts';
import { browserAvailable, settledScreenshot } from './browser.ts';
import { readableTexts } from './read-labels.ts';
import { buildSampleGraph, details, viewerSuite } from './viewer-helpers.ts';

const FAN: [string, EntityType, string][] = [
  ['Orbit One', 'model', 'RELEASED'],
  ['Quill Studio', 'product', 'USES'],
  ['Granite Capital', 'organization', 'INVESTED_IN'],
  ['Harbor Robotics', 'organization', 'PARTNERS_WITH'],
  ['Ministry of Science', 'government', 'ADVISES'],
  ['MathArena', 'benchmark', 'EVALUATED_ON'],
];
/** Two relations between the hub and one node: one edge on screen, both types named. */
const TWIN = { label: 'Twin Corp', types: ['ACQUIRED', 'FUNDS'] };

/** Hub Labs with its relations fanning out 1.5° apart, and Twin Corp off to the side. */
function fanGraph(): SerializedKnowledgeGraph {
  const doc = 'fan';
  const text = `Hub Labs ${[...FAN.map(([label]) => label), TWIN.label].join(', ')}.`;
  const mention = (label: string) => ({ turn: `${doc}#0`, start: text.indexOf(label), end: text.indexOf(label) + label.length });
  const node = (key: string, label: string, type: EntityType, x: number, y: number, size: number) => ({
    key,
    attributes: { label, type, aliases: [], mentions: [mention(label)], documents: [doc], speaker: false, x, y, size, color: TYPE_COLORS[type] },
  });
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const nodes = [node('hub', 'Hub Labs', 'organization', 0, 0, 10)];
  const edges: SerializedKnowledgeGraph['edges'] = [];
  const edge = (target: string, type: string) =>
    edges.push({ key: `e${edges.length}`, source: 'hub', target, attributes: { type, evidence: [mention('Hub Labs')], weight: 1, rules: [] } });
  FAN.forEach(([label, type, relation], i) => {
    const angle = rad(-3.75 + 1.5 * i);
    nodes.push(node(`t${i}`, label, type, 100 * Math.cos(angle), 100 * Math.sin(angle), 4));
    edge(`t${i}`, relation);
  });
  nodes.push(node('twin', TWIN.label, 'organization', 60 * Math.cos(rad(30)), 60 * Math.sin(rad(30)), 5));
  for (const type of TWIN.types) edge('twin', type);
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {
      name: 'fan',
      documents: [{ id: doc, title: 'Fan', source: 'fan.md', lang: 'en' }],
      turns: [{ id: `${doc}#0`, document: doc, index: 0, kind: 'turn', speaker: null, speakerLabel: 'Host', section: null, text }],
    },
    nodes,
    edges,
  } as SerializedKnowledgeGraph;
}

describe.skipIf(!browserAvailable())('relation types on near-parallel edges (Chromium)', () => {
  const suite = viewerSuite('turngraph-edge-labels-', (dir) => {
    const file = join(dir, 'fan.json');
    writeFileSync(file, JSON.stringify(fanGraph()));
    return [file, buildSampleGraph(dir)];
  });

  /** The font of relation types, and the typed relations drawn inside the view with their direction on screen. */
  const typedOnScreen = () =>
    suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const { width, height } = sigma.getDimensions();
      const at = (k: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k));
      const inside = (p: { x: number; y: number }) => p.x > 0 && p.x < width && p.y > 0 && p.y < height;
      const texts: { text: string; angle: number }[] = [];
      graph.forEachEdge((_e: string, attrs: { type: string }, source: string, target: string) => {
        if (attrs.type === 'CO_OCCURS') return;
        const [a, b] = [at(source), at(target)].sort((p, q) => p.x - q.x);
        if (inside(a) && inside(b)) texts.push({ text: attrs.type, angle: Math.atan2(b.y - a.y, b.x - a.x) });
      });
      const s = sigma.getSettings();
      return { texts, font: `${s.edgeLabelWeight} ${s.edgeLabelSize}px ${s.edgeLabelFont}`, ratio: sigma.getCamera().ratio as number };
    });

  it('selecting the hub names each of its relations along its edge, both relations to Twin Corp too', async () => {
    await suite.page.goto(suite.viewer.url);
    await suite.page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    // Clicked where the whole fan is in view (a search would zoom in on the hub).
    const box = (await suite.page.locator('#graph').boundingBox())!;
    const hub = await suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      return sigma.framedGraphToViewport(sigma.getNodeDisplayData('hub')) as { x: number; y: number };
    });
    await suite.page.mouse.click(box.x + hub.x, box.y + hub.y);
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('Hub Labs');
    await suite.page.mouse.move(box.x - 100, box.y + 100);
    // Each relation's direction on screen (the hub to its other end), as the text along it runs.
    const angles = await suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const at = (k: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k));
      const hub = at('hub');
      const out: Record<string, number> = {};
      graph.forEachOutEdge('hub', (_e: string, attrs: { type: string }, _s: string, target: string) => {
        const p = at(target);
        out[attrs.type] = Math.atan2(p.y - hub.y, p.x - hub.x);
      });
      return out;
    });
    const types = [...FAN.map(([, , type]) => type), ...TWIN.types];
    expect(Object.keys(angles).sort()).toEqual([...types].sort());
    const png = await settledScreenshot(suite.page);
    const font = await suite.page.evaluate(() => {
      const s = (window as any).turngraph.getRenderer().sigma.getSettings();
      return `${s.edgeLabelWeight} ${s.edgeLabelSize}px ${s.edgeLabelFont}`;
    });
    // Relation types are written in #374151: 255 - 0x51 = 174 dark.
    const readable = await readableTexts(suite.page, png, types.map((text) => ({ text, angle: angles[text] })), font, { ink: 174 });
    expect(types.filter((t) => !readable.includes(t)), 'relation types that cannot be read').toEqual([]);
  }, 120_000);

  const notches = async (delta: number, box: { x: number; y: number; width: number; height: number }) => {
    await suite.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 2; i++) {
      await suite.page.mouse.wheel(0, delta);
      await suite.page.waitForTimeout(400);
    }
    await suite.page.mouse.move(box.x - 100, box.y + 100);
  };

  it('with nothing selected, relation types appear when the wheel zooms in close and go when it zooms back out', async () => {
    await suite.page.goto(`${suite.viewer.url}#g=sample`);
    await suite.page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const box = (await suite.page.locator('#graph').boundingBox())!;
    const read = async () => {
      const png = await settledScreenshot(suite.page);
      const { texts, font, ratio } = await typedOnScreen();
      return { ratio, shown: texts.length, readable: await readableTexts(suite.page, png, texts, font, { ink: 174 }) };
    };
    const far = await read();
    expect(far.shown, 'typed relations in view').toBeGreaterThan(5);
    expect(far.readable, 'no relation type at the overview').toEqual([]);
    // Two notches in about the middle of the view (sigma drops a notch that follows another within 50 ms).
    await notches(-120, box);
    await expect.poll(async () => (await typedOnScreen()).ratio, { timeout: 15_000 }).toBeLessThan(0.45);
    const close = await read();
    expect(close.shown).toBeGreaterThan(0);
    expect(close.readable.length, 'relation types read close up').toBeGreaterThan(0);
    await notches(120, box);
    await expect.poll(async () => (await typedOnScreen()).ratio, { timeout: 15_000 }).toBeGreaterThan(0.45);
    expect((await read()).readable, 'relation types gone again').toEqual([]);
  }, 120_000);
});
