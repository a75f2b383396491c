// "Expand neighbourhood (Neo4j)" in real headless Chromium against a real Neo4j: a node's neighbours missing
// from the graph file are merged in and listed; ?source=neo4j&node=KEY opens on that neighbourhood alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { TYPE_COLORS, type SerializedKnowledgeGraph } from '../../src/model.ts';
import { syncGraphs } from '../../src/neo4j/sync.ts';
import { cleanup, graphOf, namespace, namespaced, neo4jForTests } from '../neo4j/server.ts';
import { browserAvailable, openViewer } from './browser.ts';
import { countColorPixels, details, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

const server = await neo4jForTests();
const MARK = '#018bff';
/** A Neo4j round trip on the shared, loaded machine can take seconds (expect.poll waits 1 s by default). */
const SLOW = { timeout: 20_000 };

/** The graph file the viewer opens: the synced graph without FrontierMath and Terence Tao (Neo4j has them). */
function withoutSome(full: SerializedKnowledgeGraph, drop: string[]): SerializedKnowledgeGraph {
  const gone = new Set(drop);
  return { ...full, nodes: full.nodes.filter((n) => !gone.has(n.key)), edges: full.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)) };
}

const order = (page: Page) => page.evaluate(() => (window as unknown as { turngraph: { getGraph(): { order: number } } }).turngraph.getGraph().order);
const expandButton = (page: Page) => details(page).getByRole('button', { name: 'Expand neighbourhood (Neo4j)' });
const expandStatus = (page: Page) => details(page).locator('.neo4j-expand-status');
const relations = (page: Page) => details(page).locator('.relations .relation').allTextContents();

describe.skipIf(!server || !browserAvailable())('Expand neighbourhood from Neo4j (Chromium + Neo4j)', () => {
  const ns = namespace('expand');
  // A second copy in which Terence Tao (only in the Chinese interview) is another "Sam Altman": two nodes, one label.
  const twin = namespace('twin');
  const suite = viewerSuite('turngraph-expand-', async (dir) => {
    const full = namespaced(ns);
    const twins = namespaced(twin);
    twins.nodes.find((n) => n.key === `${twin}/terence-tao`)!.attributes!.label = 'Sam Altman';
    await syncGraphs(server!.driver, server!.config, [graphOf(full), graphOf(twins)]);
    const file = join(dir, 'partial.json');
    writeFileSync(file, JSON.stringify(withoutSome(full, [`${ns}/frontiermath`, `${ns}/terence-tao`])));
    return [file];
  });
  afterAll(async () => {
    await cleanup(server!, ns);
    await cleanup(server!, twin);
  });

  it('merges the missing neighbours of a selected node, marks them, and says when nothing is new', async () => {
    await openViewer(suite.page, suite.viewer.url);
    expect(await order(suite.page)).toBe(4);
    expect(await suite.page.getByRole('contentinfo', { name: 'Conversation' }).isVisible()).toBe(true);
    await searchAndEnter(suite.page, 'o3');
    expect(await relations(suite.page)).not.toContainEqual(expect.stringContaining('FrontierMath'));
    const ringBefore = await countColorPixels(suite.page, MARK, 30);
    const benchmarkBefore = await countColorPixels(suite.page, TYPE_COLORS.benchmark, 20);

    await expandButton(suite.page).click();
    await expect.poll(() => expandStatus(suite.page).textContent(), SLOW).toBe('Added 1 entity and 1 relation from Neo4j.');
    expect(await order(suite.page)).toBe(5);
    // The new neighbour is listed under o3's relations and drawn with the Neo4j ring.
    await expect.poll(() => relations(suite.page), SLOW).toContainEqual(expect.stringContaining('FrontierMath'));
    await expect.poll(() => countColorPixels(suite.page, MARK, 30), SLOW).toBeGreaterThan(ringBefore + 20);
    // FrontierMath (the only benchmark) is drawn in its type colour: o3's new neighbour is in focus, not dimmed.
    await expect.poll(() => countColorPixels(suite.page, TYPE_COLORS.benchmark, 20), SLOW).toBeGreaterThan(benchmarkBefore + 30);
    expect(await suite.page.locator('#status').textContent()).toContain('5 entities');

    // Expanding FrontierMath (now searchable) brings Terence Tao; o3 again has nothing new.
    await searchAndEnter(suite.page, 'FrontierMath');
    expect(await details(suite.page).locator('.neo4j-badge').count()).toBe(1);
    await expandButton(suite.page).click();
    await expect.poll(() => expandStatus(suite.page).textContent(), SLOW).toBe('Added 1 entity and 1 relation from Neo4j.');
    await expect.poll(() => relations(suite.page), SLOW).toContainEqual(expect.stringContaining('Terence Tao'));
    expect(await order(suite.page)).toBe(6);
    await searchAndEnter(suite.page, 'o3');
    await expandButton(suite.page).click();
    await expect.poll(() => expandStatus(suite.page).textContent(), SLOW).toBe('Nothing new: the graph already has all 2 neighbours from Neo4j.');
    expect(await order(suite.page)).toBe(6);
    if (process.env.TURNGRAPH_SCREENSHOT) {
      await searchAndEnter(suite.page, 'FrontierMath');
      await suite.page.waitForTimeout(800);
      await suite.page.mouse.move(5, 5);
      await suite.page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });
    }
  });

  it('?source=neo4j&node=KEY shows only that neighbourhood, and expanding grows it', async () => {
    await suite.page.goto(`${suite.viewer.url}?source=neo4j&node=${encodeURIComponent(`${ns}/openai`)}`);
    await expect.poll(() => details(suite.page).locator('.details-title').textContent(), SLOW).toBe('OpenAI');
    // OpenAI, o3 and Sam Altman: not the six entities of the graph file's document.
    expect(await order(suite.page)).toBe(3);
    // No turns came from Neo4j: no empty conversation strip under the graph.
    expect(await suite.page.getByRole('contentinfo', { name: 'Conversation' }).isVisible()).toBe(false);
    expect((await relations(suite.page)).join('\n')).toMatch(/o3[\s\S]*Sam Altman|Sam Altman[\s\S]*o3/);
    // Document titles come along; a relation's quotes are shown although no turn text was loaded.
    expect((await details(suite.page).locator('.fact').allTextContents()).join('\n')).toContain('A small interview about o3');
    await details(suite.page).locator('.relations .relation', { hasText: 'o3' }).first().click();
    await expect.poll(() => details(suite.page).locator('.neo4j-quotes li').allTextContents(), SLOW).toEqual(['OpenAI released o3', 'OpenAI 发布了 o3']);
    await searchAndEnter(suite.page, 'o3');
    await expandButton(suite.page).click();
    await expect.poll(() => expandStatus(suite.page).textContent(), SLOW).toBe('Added 1 entity and 1 relation from Neo4j.');
    expect(await order(suite.page)).toBe(4);
    await expect.poll(() => relations(suite.page), SLOW).toContainEqual(expect.stringContaining('FrontierMath'));
  });

  it('a node added from Neo4j that shares a label with one drawn gives both their document at once', async () => {
    await suite.page.goto(`${suite.viewer.url}?source=neo4j&node=${encodeURIComponent(`${twin}/frontiermath`)}`);
    await expect.poll(() => details(suite.page).locator('.details-title').textContent(), SLOW).toBe('FrontierMath');
    // One "Sam Altman" so far (Terence Tao's node): a unique label, no document beside it.
    expect(await relations(suite.page)).toContainEqual(expect.stringMatching(/^\s*← Sam Altman ×\d+\s*$/));
    await searchAndEnter(suite.page, 'o3');
    await expandButton(suite.page).click();
    await expect.poll(() => expandStatus(suite.page).textContent(), SLOW).toMatch(/^Added 1 entity/);
    await searchAndEnter(suite.page, 'OpenAI');
    await expandButton(suite.page).click();
    await expect.poll(() => expandStatus(suite.page).textContent(), SLOW).toMatch(/^Added 1 entity/);
    // The real Sam Altman came in: now each "Sam Altman" says its interview, without a reload.
    const named = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.includes('Sam Altman'));
    await expect.poll(async () => named(await relations(suite.page)), SLOW).toEqual(['← Sam Altman — A small interview about o3 +1 ×1']);
    await searchAndEnter(suite.page, 'FrontierMath');
    expect(named(await relations(suite.page))).toEqual([expect.stringMatching(/^← Sam Altman — 关于 o3 的小访谈 ×\d+$/)]);
    const box = suite.page.getByRole('searchbox', { name: 'Search' });
    await box.fill('Sam Altman');
    const options = suite.page.locator('#search-suggestions [role="option"]');
    await expect.poll(() => options.count()).toBe(2);
    await options.filter({ hasText: 'A small interview about o3' }).click();
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('Sam Altman — A small interview about o3 +1');
    if (process.env.TURNGRAPH_SCREENSHOT) {
      await suite.page.mouse.move(5, 5);
      await suite.page.waitForTimeout(800);
      await suite.page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });
    }
  });

  it('?source=neo4j with an unknown node says so in the status line', async () => {
    await suite.page.goto(`${suite.viewer.url}?source=neo4j&node=${encodeURIComponent(`${ns}/nobody`)}`);
    await expect.poll(() => suite.page.locator('#status').textContent(), SLOW).toMatch(/Error: .*no entity with key ".*\/nobody" in Neo4j/);
    suite.log.errors.splice(0); // the failed fetch (404) is logged by the suite.browser; that is the point of this test
  });
});
