// End-to-end tests of the viewer in real headless Chromium over the sample graph built by the CLI:
// drawing, search (English and Chinese), details with quotes, type filter, conversation strip, URL state, Esc.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { TYPE_COLORS } from '../../src/model.ts';
import type { RunningViewer } from '../../src/server/serve.ts';
import { browserAvailable, countInkPixels, launchBrowser, openViewer, watchPage } from './browser.ts';
import { countColorPixels, details, searchAndEnter, startTestViewer } from './viewer-helpers.ts';

const SAMPLE = 'graph-data/altman-o3-interview.zh.md';

describe.skipIf(!browserAvailable())('viewer on the sample graph (Chromium)', () => {
  let dir: string;
  let viewer: RunningViewer;
  let browser: Browser;
  let page: Page;
  let log: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'turngraph-viewer-'));
    const graph = join(dir, 'sample.json');
    execFileSync(process.execPath, ['bin/turngraph.js', 'build', SAMPLE, '-o', graph, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    viewer = await startTestViewer([graph]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    log = watchPage(page);
    await openViewer(page, viewer.url);
  });

  afterEach(async () => {
    expect(log.errors, 'console errors').toEqual([]);
    await page.close();
  });

  it('loads with a drawn graph, a legend with counts and no console error', async () => {
    expect(await countInkPixels(page)).toBeGreaterThan(2000);
    const legend = page.locator('.legend-item');
    expect(await legend.count()).toBeGreaterThan(2);
    await expect.poll(() => page.locator('.legend-item[data-type="person"] .legend-count').textContent()).toMatch(/^[1-9]\d*$/);
  });

  it('search "o3" + Enter selects o3 and quotes "OpenAI 发布 o3"', async () => {
    await searchAndEnter(page, 'o3');
    const panel = details(page);
    await expect.poll(() => panel.locator('.details-title').textContent()).toBe('o3');
    const quotes = panel.locator('.quote-text');
    expect(await quotes.count()).toBeGreaterThan(1);
    const all = (await quotes.allTextContents()).join('\n');
    expect(all).toContain('OpenAI 发布 o3');
    // The mention spans are highlighted.
    expect((await panel.locator('.quote-text mark').allTextContents()).some((t) => /o3/i.test(t))).toBe(true);
    // The camera moved to the node, and the node's turns are marked on the conversation strip.
    await expect.poll(() => page.url()).toMatch(/node=/);
    expect(await page.locator('.strip-turn.marked').count()).toBeGreaterThan(1);
  });

  it('search "陶哲" suggests Terence Tao and Enter opens him; "OPENAI" finds OpenAI', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('陶哲');
    await expect.poll(() => page.locator('#search-suggestions [role="option"]').first().textContent()).toContain('Terence Tao');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect.poll(() => details(page).locator('.details-title').textContent()).toBe('Terence Tao');
    expect(await details(page).locator('.fact').first().textContent()).toContain('陶哲轩');
    // English is matched case-insensitively; picking a suggestion with the mouse selects it.
    await page.getByRole('searchbox', { name: 'Search' }).fill('OPENAI');
    await page.locator('#search-suggestions [role="option"]', { hasText: 'OpenAI' }).first().click();
    await expect.poll(() => details(page).locator('.details-title').textContent()).toBe('OpenAI');
  });

  it('a type filter hides the nodes of that type', async () => {
    const green = TYPE_COLORS.model;
    const before = await countColorPixels(page, green, 12);
    expect(before).toBeGreaterThan(20);
    const item = page.locator('.legend-item[data-type="model"]');
    await item.click();
    await expect.poll(() => item.getAttribute('aria-pressed')).toBe('false');
    await page.waitForTimeout(200);
    expect(await countColorPixels(page, green, 12)).toBeLessThan(before / 10);
    await expect.poll(() => page.url()).toContain('hide=model');
    // Speaker filter: only what the host talks about (fewer entities than all).
    const shown = async () => Number((await page.locator('.counts').textContent())!.match(/^(\d+) of/)![1]);
    const beforeSpeaker = await shown();
    const host = await page.locator('#filter-speaker option').nth(1).getAttribute('value');
    await page.selectOption('#filter-speaker', host!);
    await expect.poll(shown).toBeLessThan(beforeSpeaker);
    expect(await shown()).toBeGreaterThan(0);
  });

  it('clicking a turn in the strip highlights the entities it mentions', async () => {
    const turn = page.locator('.strip-turn', { hasText: 'OpenAI 发布' }).first();
    await turn.scrollIntoViewIfNeeded();
    await turn.click();
    await expect.poll(() => turn.getAttribute('aria-pressed')).toBe('true');
    const listed = await details(page).locator('[aria-label="Entities in this turn"] button').allTextContents();
    expect(listed.map((t) => t.trim())).toEqual(expect.arrayContaining(['OpenAI', 'o3']));
    // Drawn state: the turn's entities keep their colour, every other node is dimmed.
    const drawn = await page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const out: { label: string; color: string }[] = [];
      graph.forEachNode((key: string) => out.push({ label: graph.getNodeAttribute(key, 'label'), color: sigma.getNodeDisplayData(key).color }));
      return out;
    });
    const byLabel = new Map(drawn.map((d) => [d.label, d.color]));
    expect(byLabel.get('o3')).toBe(TYPE_COLORS.model);
    const dimmed = drawn.filter((d) => !listed.map((t) => t.trim()).includes(d.label));
    expect(dimmed.length).toBeGreaterThan(0);
    expect(new Set(dimmed.map((d) => d.color)).size).toBe(1);
  });

  it('a URL with state reopens the same view, and Esc clears the selection', async () => {
    await searchAndEnter(page, '陶哲');
    await page.locator('.legend-item[data-type="organization"]').click();
    await page.waitForTimeout(400);
    const url = page.url();
    expect(url).toMatch(/node=.*hide=organization|hide=organization.*node=/);

    const again = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const againLog = watchPage(again);
    await openViewer(again, url);
    await expect.poll(() => details(again).locator('.details-title').textContent()).toBe('Terence Tao');
    expect(await again.locator('.legend-item[data-type="organization"]').getAttribute('aria-pressed')).toBe('false');
    const ratio = await again.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().ratio);
    expect(ratio).toBeCloseTo(Number(new URL(url).hash.match(/cam=[^&]*%2C([\d.]+)(&|$)/)![1]), 3);

    await again.keyboard.press('Escape');
    await expect.poll(() => details(again).locator('.relations').count()).toBe(0);
    await expect.poll(() => again.url()).not.toMatch(/node=/);
    expect(againLog.errors).toEqual([]);
    await again.close();
  });

  it('hovering a node dims the nodes that are not its neighbours', async () => {
    const point = await page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const key = graph.nodes().sort((a: string, b: string) => graph.degree(b) - graph.degree(a))[0];
      const d = sigma.getNodeDisplayData(key);
      return { ...sigma.framedGraphToViewport(d), key };
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect
      .poll(() => page.evaluate((key) => {
        const sigma = (window as any).turngraph.getRenderer().sigma;
        const graph = sigma.getGraph();
        const far = graph.nodes().filter((n: string) => n !== key && !graph.areNeighbors(n, key));
        return far.length > 0 && far.every((n: string) => sigma.getNodeDisplayData(n).color === sigma.getNodeDisplayData(far[0]).color);
      }, point.key))
      .toBe(true);
    // The graph itself was not written to: its colours are still the type colours.
    const written = await page.evaluate(() => {
      const graph = (window as any).turngraph.getGraph();
      return graph.filterNodes((_: string, a: { color: string; hidden?: boolean; highlighted?: boolean }) => 'hidden' in a || 'highlighted' in a).length;
    });
    expect(written).toBe(0);
  });
});
