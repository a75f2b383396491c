// Shared steps of the viewer's browser tests: start the viewer on a free port, search, read the panel.
import type { Page } from 'playwright-core';
import { startViewer, type RunningViewer } from '../../src/server/serve.ts';
import { measurePixels } from './browser.ts';

export function startTestViewer(files: string[]): Promise<RunningViewer> {
  return startViewer({ files, port: 0, host: '127.0.0.1', dev: false });
}

/** Types a query in the Search box and presses Enter; waits for the details panel to show a node. */
export async function searchAndEnter(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(query);
  await box.press('Enter');
  await page.locator('aside[aria-label="Details"] .relations').waitFor();
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
