// Launches the machine's Debian Chromium headless through playwright-core (never a downloaded browser).
// Missing /usr/bin/chromium: suites skip with a loud warning, except under CI=true where they fail.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** True when the browser exists; otherwise warns loudly (or throws under CI=true). */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `${CHROMIUM_PATH} not found: the viewer's browser tests cannot run (apt-get install chromium)`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!! SKIPPING BROWSER TESTS: ${message}\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Collects console errors, page errors and dialogs (an alert from injected script would land here). */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { errors, dialogs };
}

/** Opens the viewer at `url` and waits until the graph is drawn. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForTimeout(150);
}

/**
 * Counts pixels of the graph area that differ from the white background, from a real screenshot
 * decoded by the browser itself (WebGL canvases cannot be read back directly).
 */
export async function countInkPixels(page: Page, selector = '#graph', sample?: { x: number; y: number; radius: number }): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(
    async ({ b64, sample }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const x0 = sample ? Math.max(0, Math.round(sample.x - sample.radius)) : 0;
      const y0 = sample ? Math.max(0, Math.round(sample.y - sample.radius)) : 0;
      const w = sample ? Math.min(img.width - x0, sample.radius * 2) : img.width;
      const h = sample ? Math.min(img.height - y0, sample.radius * 2) : img.height;
      const { data } = ctx.getImageData(x0, y0, Math.max(1, w), Math.max(1, h));
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) ink++;
      return ink;
    },
    { b64: png.toString('base64'), sample },
  );
}
