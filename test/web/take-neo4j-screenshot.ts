// Takes the docs screenshot of "Expand neighbourhood (Neo4j)" with the tests' headless Chromium and a real Neo4j:
// `npx tsx test/web/take-neo4j-screenshot.ts [GRAPH.json]` → docs/screenshots/viewer-neo4j-expand.png (sample synced under a
// temporary prefix, opened with ?source=neo4j on OpenAI, o1 expanded; the prefix is deleted afterwards).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncGraphs } from '../../src/neo4j/sync.ts';
import { cleanup, graphOf, namespace, namespaced, neo4jForTests } from '../neo4j/server.ts';
import { launchBrowser, watchPage } from './browser.ts';
import { startTestViewer } from './viewer-helpers.ts';

const OUT = 'docs/screenshots/viewer-neo4j-expand.png';
const server = await neo4jForTests();
if (!server) throw new Error('Neo4j is needed: npm run neo4j:start');
const dir = mkdtempSync(join(tmpdir(), 'turngraph-shot-'));
const ns = namespace('shot');
let viewer: Awaited<ReturnType<typeof startTestViewer>> | null = null;
let browser: Awaited<ReturnType<typeof launchBrowser>> | null = null;
// Everything after the temporary folder is made runs in the try, so a failed build or start still removes it.
try {
  const file = process.argv[2] ?? join(dir, 'sample.json');
  if (!process.argv[2]) execFileSync(process.execPath, ['bin/turngraph.js', 'build', 'graph-data/altman-o3-interview.zh.md', '-o', file, '--quiet'], { stdio: 'inherit' });
  viewer = await startTestViewer([file]);
  browser = await launchBrowser();
  await syncGraphs(server.driver, server.config, [graphOf(namespaced(ns, JSON.parse(readFileSync(file, 'utf8'))))]);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const log = watchPage(page);
  await page.goto(`${viewer.url}?source=neo4j&node=${encodeURIComponent(`${ns}/openai`)}`);
  const status = page.locator('.neo4j-expand-status');
  await status.filter({ hasText: 'Added' }).waitFor({ timeout: 30_000 });
  await page.evaluate((key) => (window as unknown as { turngraph: { selectNode(k: string, o: object): void } }).turngraph.selectNode(key, { focus: false }), `${ns}/o1`);
  await page.getByRole('button', { name: 'Expand neighbourhood (Neo4j)' }).click();
  await status.filter({ hasText: /Added|Nothing/ }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000);
  await page.mouse.move(5, 5);
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: OUT });
  if (log.errors.length) console.warn(log.errors.join('\n'));
  console.log(`${OUT}: ${await status.textContent()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  await browser?.close();
  await viewer?.close();
  await cleanup(server, ns);
  await server.driver.close();
}
