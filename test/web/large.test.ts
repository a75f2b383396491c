// The viewer at scale in real headless Chromium: quotes lazy-loaded when the page got the lite payload
// (no turn texts), and a generated 5,000-node / 25,000-edge graph that loads cleanly and answers a search.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningViewer } from '../../src/server/serve.ts';
import { browserAvailable, countInkPixels, launchBrowser, openViewer, watchPage } from './browser.ts';
import { generateGraph } from './generate-graph.ts';
import { details, searchAndEnter, startTestViewer } from './viewer-helpers.ts';

const SAMPLE = 'graph-data/altman-o3-interview.zh.md';

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
});
