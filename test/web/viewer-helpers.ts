// Shared steps of the viewer's browser tests: the suite's hooks (viewer, Chromium, a page per test), search, read
// the panel, count pixels.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startViewer, type RunningViewer } from '../../src/server/serve.ts';
import { launchBrowser, measurePixels, watchPage } from './browser.ts';

export const SAMPLE_TRANSCRIPT = 'graph-data/altman-o3-interview.zh.md';

export function startTestViewer(files: string[]): Promise<RunningViewer> {
  return startViewer({ files, port: 0, host: '127.0.0.1', dev: false });
}

/** Types a query in the Search box and presses Enter; waits for the details panel to show a node and its quotes. */
export async function searchAndEnter(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(query);
  await box.press('Enter');
  await page.locator('aside[aria-label="Details"] .relations').waitFor();
  await quotesLoaded(page);
}

/** Waits until the quotes the details panel fetches (a node's, an edge's, a turn's) are shown. */
export async function quotesLoaded(page: Page): Promise<void> {
  await page.locator('aside[aria-label="Details"] [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 30_000 });
}

export function details(page: Page) {
  return page.locator('aside[aria-label="Details"]');
}

/** Pixels in the graph area within `tolerance` of a colour, from a real screenshot decoded in the page. */
export async function countColorPixels(page: Page, hex: string, tolerance = 24): Promise<number> {
  const png = await page.locator('#graph').screenshot();
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return measurePixels(page, [png], ([{ data }], { rgb, tolerance }) => {
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - rgb[0]) <= tolerance && Math.abs(data[i + 1] - rgb[1]) <= tolerance && Math.abs(data[i + 2] - rgb[2]) <= tolerance) n++;
    }
    return n;
  }, { rgb, tolerance });
}

/** What a browser suite's tests use; `page` and `log` are fresh for each test. */
export interface ViewerSuite {
  dir: string;
  viewer: RunningViewer;
  browser: Browser;
  page: Page;
  log: ReturnType<typeof watchPage>;
}

/**
 * The hooks every browser suite needs: `files(dir)` writes the graph files to serve into a temporary folder, then
 * one viewer and one Chromium serve the suite; each test gets a fresh page and must end without console errors.
 * A suite adds its own hooks after this call (they run after these).
 */
export function viewerSuite(prefix: string, files: (dir: string) => Promise<string[]> | string[]): ViewerSuite {
  const suite = {} as ViewerSuite;
  beforeAll(async () => {
    suite.dir = mkdtempSync(join(tmpdir(), prefix));
    suite.viewer = await startTestViewer(await files(suite.dir));
    suite.browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.viewer?.close();
    if (suite.dir) rmSync(suite.dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    suite.page = await suite.browser.newPage({ viewport: { width: 1400, height: 860 } });
    suite.log = watchPage(suite.page);
  });
  afterEach(async () => {
    expect(suite.log.errors, 'console errors').toEqual([]);
    await suite.page.close();
  });
  return suite;
}

/** Builds the sample transcript with the CLI into `dir`; returns the graph file. */
export function buildSampleGraph(dir: string): string {
  const graph = join(dir, 'sample.json');
  execFileSync(process.execPath, ['bin/turngraph.js', 'build', SAMPLE_TRANSCRIPT, '-o', graph, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return graph;
}
