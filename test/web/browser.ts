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
 * Runs `measure` in the page on screenshots decoded by the browser itself (WebGL canvases cannot be read back
 * directly). `measure` is sent as source text: it may use only its arguments.
 */
export async function measurePixels<A, R>(page: Page, pngs: Buffer[], measure: (images: ImageData[], arg: A) => R, arg: A): Promise<R> {
  return page.evaluate(
    async ({ b64s, source, arg }) => {
      const images: ImageData[] = [];
      for (const b64 of b64s) {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        images.push(ctx.getImageData(0, 0, img.width, img.height));
      }
      const fn = (0, eval)(`const __name = (f) => f; (${source})`) as (images: ImageData[], arg: unknown) => unknown;
      return fn(images, arg);
    },
    { b64s: pngs.map((png) => png.toString('base64')), source: measure.toString(), arg },
  ) as Promise<R>;
}

/** Counts pixels of the graph area (or of a square around `sample`) that differ from the white background. */
export async function countInkPixels(page: Page, selector = '#graph', sample?: { x: number; y: number; radius: number }): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return measurePixels(page, [png], ([image], area) => {
    const x0 = area ? Math.max(0, Math.round(area.x - area.radius)) : 0;
    const y0 = area ? Math.max(0, Math.round(area.y - area.radius)) : 0;
    const x1 = area ? Math.min(image.width, x0 + area.radius * 2) : image.width;
    const y1 = area ? Math.min(image.height, y0 + area.radius * 2) : image.height;
    let ink = 0;
    for (let y = y0; y < Math.max(y0 + 1, y1); y++) {
      for (let x = x0; x < Math.max(x0 + 1, x1); x++) {
        const i = (y * image.width + x) * 4;
        if (image.data[i] < 235 || image.data[i + 1] < 235 || image.data[i + 2] < 235) ink++;
      }
    }
    return ink;
  }, sample ?? null);
}

/**
 * Reads `read` every `interval` ms until two reads in a row are `same` (a late hover, a quote loading, a camera
 * animation finished under load): that value and true, or the last value and false after `timeout` ms.
 */
export async function steady<T>(page: Page, read: () => Promise<T>, same: (a: T, b: T) => boolean, { interval = 200, timeout = 15_000 } = {}): Promise<{ value: T; steady: boolean }> {
  const deadline = Date.now() + timeout;
  let last = await read();
  for (;;) {
    await page.waitForTimeout(interval);
    const next = await read();
    if (same(last, next)) return { value: next, steady: true };
    if (Date.now() > deadline) return { value: next, steady: false };
    last = next;
  }
}

/** A screenshot of `selector` once the picture is at rest (two identical shots 200 ms apart), or the last one. */
export async function settledScreenshot(page: Page, selector = '#graph', timeout = 15_000): Promise<Buffer> {
  return (await steady(page, () => page.locator(selector).screenshot(), (a, b) => a.equals(b), { timeout })).value;
}
