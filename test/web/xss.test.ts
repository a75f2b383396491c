// Transcript text is data, never HTML: a turn holding <script> and <img onerror> shows those characters in
// the strip and the details panel, and nothing runs (no dialog, no injected elements, no console error).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningViewer } from '../../src/server/serve.ts';
import { browserAvailable, launchBrowser, openViewer, watchPage } from './browser.ts';
import { details, startTestViewer } from './viewer-helpers.ts';

const FIXTURE = 'test/fixtures/graphs/tiny.json';

describe.skipIf(!browserAvailable())('viewer keeps transcript text inert (Chromium)', () => {
  let viewer: RunningViewer;
  let browser: Browser;

  beforeAll(async () => {
    viewer = await startTestViewer([FIXTURE]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it('shows <script> and <img onerror> as characters and runs nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
    const log = watchPage(page);
    await openViewer(page, viewer.url);
    const turn = page.locator('.strip-turn', { hasText: '<scr' });
    await turn.click();
    const quote = details(page).locator('.quote-text');
    await expect.poll(() => quote.textContent()).toContain('<script>alert(1)</script>');
    expect(await quote.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await turn.getAttribute('title')).toContain('<script>alert(1)</script>');
    expect(await page.locator('#details script, #details img, #strip script, #strip img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(log.dialogs).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('a hand-written hash with markup does not inject anything either', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
    const log = watchPage(page);
    await openViewer(page, `${viewer.url}#node=${encodeURIComponent('<img src=x onerror=alert(2)>')}&speaker=${encodeURIComponent('<script>alert(3)</script>')}`);
    await page.waitForTimeout(300);
    expect(await page.locator('body img, body script:not([type="module"])').count()).toBe(0);
    expect(log.dialogs).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
