// The viewer notices a rewritten graph file (as `build --watch` writes it: temp file + rename) in real headless
// Chromium: the notice appears, Reload shows the new version and keeps selection, search, filters and camera.
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, openViewer, steady } from './browser.ts';
import { details, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

const TRANSCRIPT = 'test/fixtures/transcripts/podcast-robotics.en.md';

interface Version {
  file: string;
  keys: Set<string>;
  labels: Map<string, string>;
  order: number;
}

/** Builds `text` as <dir>/<tag>/interview.md with the CLI: every version has the same document id, as an edited file. */
function buildVersion(dir: string, tag: string, text: string): Version {
  mkdirSync(join(dir, tag));
  const transcript = join(dir, tag, 'interview.md');
  const file = join(dir, tag, 'graph.json');
  writeFileSync(transcript, text);
  execFileSync(process.execPath, ['bin/turngraph.js', 'build', transcript, '-o', file, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const nodes = (JSON.parse(readFileSync(file, 'utf8')) as { nodes: { key: string; attributes: { label: string } }[] }).nodes;
  return { file, keys: new Set(nodes.map((n) => n.key)), labels: new Map(nodes.map((n) => [n.key, n.attributes.label])), order: nodes.length };
}

describe.skipIf(!browserAvailable())('viewer: the graph file is rewritten on disk (Chromium)', () => {
  let early: Version;
  let late: Version;
  let live: string;
  const suite = viewerSuite('turngraph-file-update-', (dir) => {
    const full = readFileSync(TRANSCRIPT, 'utf8');
    const paragraphs = full.split('\n\n');
    // The first half of the interview, then all of it: the later version has more entities.
    early = buildVersion(dir, 'early', `${paragraphs.slice(0, paragraphs.length / 2).join('\n\n')}\n`);
    late = buildVersion(dir, 'late', full);
    live = join(dir, 'live.json');
    copyFileSync(early.file, live);
    return [live];
  });

  /** Replaces the served file the way the watcher does: a temp file in the same folder, then rename. */
  const rewrite = (from: Version) => {
    copyFileSync(from.file, `${live}.tmp`);
    renameSync(`${live}.tmp`, live);
  };
  const notice = (page: Page) => page.locator('#file-notice');
  const entities = async (page: Page) => Number((await page.locator('#status').textContent())?.match(/^(\d+) entities/)?.[1]);
  /** Waits for the viewer's next poll of the file's version to be answered. */
  const nextPoll = (page: Page) => page.waitForResponse((r) => r.url().endsWith('/version'), { timeout: 10_000 });
  const camera = (page: Page) => page.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().getState() as { x: number; y: number; ratio: number });
  const restingCamera = async (page: Page) => (await steady(page, () => camera(page), (a, b) => JSON.stringify(a) === JSON.stringify(b))).value;

  it('shows "Graph file updated"; Reload draws the new version and keeps the selected node, search text and filters', async () => {
    rewrite(early);
    const { page } = suite;
    await openViewer(page, suite.viewer.url);
    expect(await entities(page)).toBe(early.order);
    await searchAndEnter(page, 'Lena Voss');
    await page.locator('.legend-item[data-type="concept"]').click();
    await expect.poll(() => page.locator('.legend-item[data-type="concept"]').getAttribute('aria-pressed')).toBe('false');
    // The file did not change: a poll comes and goes, no notice.
    await nextPoll(page);
    expect(await notice(page).isVisible()).toBe(false);

    rewrite(late);
    await notice(page).getByText('Graph file updated').waitFor({ state: 'visible', timeout: 10_000 });
    // Nothing moved under the user: the drawn graph is still the old one until they choose.
    expect(await entities(page)).toBe(early.order);
    await notice(page).getByRole('button', { name: 'Reload' }).click();

    await expect.poll(() => entities(page)).toBe(late.order);
    await notice(page).waitFor({ state: 'hidden' });
    expect(await details(page).locator('.details-title').textContent()).toBe('Lena Voss');
    const added = [...late.keys].filter((k) => !early.keys.has(k));
    expect(await page.evaluate((keys) => keys.every((k) => (window as any).turngraph.getGraph().hasNode(k)), added)).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('Lena Voss');
    expect(await page.locator('.legend-item[data-type="concept"]').getAttribute('aria-pressed')).toBe('false');
    // The selected node is on screen, once the camera has come to rest (a node the new layout put out of view is
    // brought in by a 450 ms camera move, which a loaded machine can still be drawing here).
    await restingCamera(page);
    const onScreen = await page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData('lena-voss'));
      const { width, height } = sigma.getDimensions();
      return p.x > 0 && p.y > 0 && p.x < width && p.y < height;
    });
    expect(onScreen).toBe(true);
  });

  it('a selected node that is gone is said plainly; the rest of the view goes on', async () => {
    rewrite(late);
    const { page } = suite;
    await openViewer(page, suite.viewer.url);
    const gone = [...late.keys].find((k) => !early.keys.has(k) && /^[A-Z]/.test(late.labels.get(k)!))!;
    const label = late.labels.get(gone)!;
    await searchAndEnter(page, label);
    expect(await details(page).locator('.details-title').textContent()).toBe(label);

    rewrite(early);
    await notice(page).getByRole('button', { name: 'Reload' }).click({ timeout: 10_000 });
    await expect.poll(() => entities(page)).toBe(early.order);
    await expect.poll(() => notice(page).textContent()).toContain(`"${label}" is no longer in the graph.`);
    expect(await details(page).locator('.relations').count()).toBe(0);
    // The search box no longer names it either.
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('');
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    await notice(page).waitFor({ state: 'hidden' });
  });

  it('the same graph written again keeps the camera exactly; a file missing for a while shows nothing', async () => {
    rewrite(late);
    const { page } = suite;
    await openViewer(page, suite.viewer.url);
    await searchAndEnter(page, 'Lena Voss');
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, -300);
    const before = await restingCamera(page);

    renameSync(live, `${live}.away`);
    await nextPoll(page);
    await nextPoll(page);
    expect(await notice(page).isVisible()).toBe(false);
    renameSync(`${live}.away`, live);
    await nextPoll(page);
    expect(await notice(page).isVisible()).toBe(false);

    rewrite(late);
    await notice(page).getByRole('button', { name: 'Reload' }).click({ timeout: 10_000 });
    await notice(page).waitFor({ state: 'hidden' });
    expect(await details(page).locator('.details-title').textContent()).toBe('Lena Voss');
    const after = await camera(page);
    expect(after.x).toBeCloseTo(before.x, 6);
    expect(after.y).toBeCloseTo(before.y, 6);
    expect(after.ratio).toBeCloseTo(before.ratio, 6);
  });
});
