// A graph file rebuilt while the page is open, in real headless Chromium: a click before the viewer's next poll shows
// the reload prompt and the "Graph file updated" notice, never the new file's words as the drawn graph's quotes;
// Reload then quotes the new version. A plain static host (the whole file, no endpoints, no version) still quotes.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { chain } from '../../src/server/http.ts';
import { createStaticHandler } from '../../src/server/static.ts';
import { WEB_DIST } from '../../src/server/vite-config.ts';
import { browserAvailable, openViewer } from './browser.ts';
import { rebuiltGraph } from './hand-graph.ts';
import { details, quotesLoaded, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

const EARLY = (doc: string, i: number) => `In ${doc} turn ${i}: I work at Meta.`;
const LATE = (doc: string, i: number) => `Later, ${doc} turn ${i}: I left Meta.`;
const SCREENSHOTS = process.env.TURNGRAPH_SCREENSHOTS;

describe.skipIf(!browserAvailable())('viewer: quotes of a graph file rebuilt while the page is open (Chromium)', () => {
  let live: string;
  const suite = viewerSuite('turngraph-stale-', (dir) => {
    live = join(dir, 'live.json');
    writeFileSync(live, JSON.stringify(rebuiltGraph(EARLY)));
    return [live];
  });
  /** Rebuilds the served file the way `build --watch` writes it: a temp file in the same folder, then rename. */
  const rewrite = (graph: SerializedKnowledgeGraph) => {
    writeFileSync(`${live}.tmp`, JSON.stringify(graph));
    renameSync(`${live}.tmp`, live);
  };
  const notice = (page: Page) => page.locator('#file-notice');
  /**
   * The click comes before the viewer's next poll of the file's version: the first poll is left unanswered, and the
   * viewer does not poll again while one is waiting. (Aborting it instead would log `net::ERR_FAILED` whenever a
   * poll falls inside the test, as it does on a slow run.)
   */
  const holdPolls = (page: Page) => page.route('**/version', () => undefined);
  const marks = (page: Page) => details(page).locator('mark').allTextContents();
  /** Chromium logs every refused request; the 409s are what these tests ask for, any other error still fails them. */
  const expect409Logged = () => {
    const refused = 'Failed to load resource: the server responded with a status of 409 (Conflict)';
    expect(suite.log.errors).toContain(refused);
    suite.log.errors.splice(0, suite.log.errors.length, ...suite.log.errors.filter((e) => e !== refused));
  };

  it('a node clicked after the rebuild: the reload prompt and the notice, not the new words; Reload quotes the new file', async () => {
    rewrite(rebuiltGraph(EARLY));
    const { page } = suite;
    await holdPolls(page);
    await openViewer(page, suite.viewer.url);
    rewrite(rebuiltGraph(LATE));

    await searchAndEnter(page, 'Meta');
    const prompt = details(page).locator('.graph-changed');
    await expect.poll(() => prompt.textContent()).toBe('The graph file has changed since this view was loaded. Reload to read the new version.');
    expect(await details(page).innerText()).not.toMatch(/I left Meta|I work at Meta/);
    expect(await marks(page)).toEqual([]);
    // The top bar says so at once, though no poll has seen the new file.
    await notice(page).getByText('Graph file updated').waitFor({ state: 'visible', timeout: 5_000 });
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'stale-node.png') });

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await notice(page).waitFor({ state: 'hidden', timeout: 10_000 });
    await quotesLoaded(page);
    expect(await details(page).locator('.details-title').textContent()).toBe('Meta');
    const quotes = details(page).getByRole('region', { name: 'Quotes' });
    await expect.poll(() => quotes.innerText()).toContain('Later, ep01 turn 0: I left Meta.');
    expect(await marks(page)).toEqual(['Meta', 'Meta', 'Meta', 'Meta']);
    expect(await details(page).locator('.graph-changed').count()).toBe(0);
    expect409Logged();
  });

  it('a turn clicked in the strip after the rebuild: the prompt, not the new text of that turn id', async () => {
    rewrite(rebuiltGraph(EARLY));
    const { page } = suite;
    await holdPolls(page);
    await openViewer(page, suite.viewer.url);
    const turn = page.locator('.strip-turn[data-turn="ep01#1"]');
    expect(await turn.getAttribute('title')).toBe(EARLY('ep01', 1));
    rewrite(rebuiltGraph(LATE));

    await turn.click();
    const prompt = details(page).locator('.graph-changed');
    await prompt.waitFor({ timeout: 10_000 });
    expect(await details(page).innerText()).not.toContain('I left Meta');
    await notice(page).getByText('Graph file updated').waitFor({ state: 'visible', timeout: 5_000 });
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'stale-turn.png') });
    expect409Logged();
  });

  describe('on a plain static host (the whole file, no quote endpoints, no version)', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      // Like a static file host: /api/graphs/live is the file whatever the query, nothing else under /api answers.
      const file = join(suite.dir, 'static.json');
      writeFileSync(file, JSON.stringify(rebuiltGraph(EARLY)));
      const host = chain([
        (req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (path === '/api/graphs') return void res.end(JSON.stringify({ graphs: [{ name: 'live', file: 'live.json', ok: true, bytes: 1 }] }));
          if (path === '/api/graphs/live') return void res.end(readFileSync(file));
          next();
        },
        createStaticHandler(WEB_DIST),
      ]);
      server = createServer((req, res) => host(req, res, () => { res.statusCode = 404; res.end('not found'); }));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('quotes a node from the file read in the page, asking no endpoint', async () => {
      const { page } = suite;
      const asked: string[] = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      await openViewer(page, url);
      await searchAndEnter(page, 'Meta');
      expect(await details(page).getByRole('region', { name: 'Quotes' }).innerText()).toContain('In ep01 turn 0: I work at Meta.');
      expect(await marks(page)).toEqual(['Meta', 'Meta', 'Meta', 'Meta']);
      expect(asked.filter((p) => p.startsWith('/api/graphs'))).toEqual(['/api/graphs', '/api/graphs/live']);
    });
  });
});
