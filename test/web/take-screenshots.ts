// Takes the README screenshots with the same headless Chromium as the tests:
// `npx tsx test/web/take-screenshots.ts` → docs/screenshots/viewer-default.png, viewer-selected.png, viewer-turn.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startViewer } from '../../src/server/serve.ts';
import { launchBrowser, openViewer, watchPage } from './browser.ts';

const OUT = 'docs/screenshots';
const dir = mkdtempSync(join(tmpdir(), 'turngraph-shots-'));
const graph = join(dir, 'sample.json');
execFileSync(process.execPath, ['bin/turngraph.js', 'build', 'graph-data/altman-o3-interview.zh.md', '-o', graph, '--quiet'], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const viewer = await startViewer({ files: [graph], port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const log = watchPage(page);
  await openViewer(page, viewer.url);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, 'viewer-default.png') });

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('o3');
  await search.press('Enter');
  await page.waitForTimeout(1200);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: join(OUT, 'viewer-selected.png') });

  await page.keyboard.press('Escape');
  await page.locator('.strip-turn', { hasText: 'OpenAI 发布' }).first().click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'viewer-turn.png') });
  if (log.errors.length || log.dialogs.length) throw new Error(`page errors: ${[...log.errors, ...log.dialogs].join('; ')}`);
  process.stdout.write(`wrote ${OUT}/viewer-default.png, viewer-selected.png, viewer-turn.png\n`);
} finally {
  await browser.close();
  await viewer.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
