// The details panel of a node named in many documents (an archive's hub): a few document titles, the rest behind
// "N more" and fetched when opened, 200 at a time; the document filter fetches a document's entities; a node of a couple
// of documents lists them all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { browserAvailable, openViewer } from './browser.ts';
import { handGraph, handTurn } from './hand-graph.ts';
import { details, quotesLoaded, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

const EPISODES = 40;
/** An archive whose hub's documents take more than one page to list. */
const BIG = 450;
const title = (i: number) => `Episode ${i + 1}: a long conversation about chips, models and the people who make them`;

/** `episodes` episodes, each a guest saying "I work at Meta"; the first two also name Lumen Labs (a relation to Meta). */
function archiveGraph(episodes = EPISODES): SerializedKnowledgeGraph {
  const ids = Array.from({ length: episodes }, (_, i) => `ep${String(i + 1).padStart(episodes > 99 ? 3 : 2, '0')}`);
  const turns = ids.map((id, i) => handTurn(id, 0, null, 'Guest', i < 2 ? 'I work at Meta with Lumen Labs.' : 'I work at Meta.'));
  return handGraph('archive', ids.map((id, i) => ({ id, title: title(i) })), turns, [
    { key: 'meta', label: 'Meta', type: 'organization', documents: ids, x: 0, y: 0, size: 8, color: '#1f77b4', mentions: ids.map((id) => ({ turn: `${id}#0`, start: 10, end: 14 })) },
    { key: 'lumen-labs', label: 'Lumen Labs', type: 'organization', documents: ids.slice(0, 2), x: 10, y: 0, color: '#1f77b4',
      mentions: ids.slice(0, 2).map((id) => ({ turn: `${id}#0`, start: 20, end: 30 })) },
  ], [{ key: 'meta|PARTNERS_WITH|lumen-labs', source: 'meta', target: 'lumen-labs', type: 'PARTNERS_WITH', evidence: ids.slice(0, 2).map((id) => ({ turn: `${id}#0`, start: 10, end: 30 })) }]);
}

describe.skipIf(!browserAvailable())('details panel: the documents of a node (Chromium)', () => {
  const suite = viewerSuite('turngraph-documents-', (dir) => {
    const file = join(dir, 'archive.json');
    writeFileSync(file, JSON.stringify(archiveGraph()));
    writeFileSync(join(dir, 'big.json'), JSON.stringify(archiveGraph(BIG)));
    return [file, join(dir, 'big.json')];
  });
  /** The API requests the page makes from now on (path and query). */
  const requests = (page: Page) => {
    const urls: string[] = [];
    page.on('request', (r) => r.url().includes('/api/graphs/') && urls.push(decodeURIComponent(new URL(r.url()).pathname + new URL(r.url()).search)));
    return urls;
  };

  it('a node of forty documents: five titles, "35 more" to open, and its quotes in view without scrolling', async () => {
    await openViewer(suite.page, suite.viewer.url);
    await searchAndEnter(suite.page, 'Meta');
    const panel = details(suite.page);
    await quotesLoaded(suite.page);
    const fact = panel.locator('.fact', { hasText: 'Documents' });
    const text = (await fact.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(`Documents (${EPISODES}): ${title(0)}`);
    expect(text).toContain(title(4));
    expect(text).toContain('35 more');
    expect(text).not.toContain(title(5)); // behind "35 more" until opened
    // The quotes start within the panel's first screen.
    const panelBox = (await panel.boundingBox())!;
    const quotesBox = (await panel.getByRole('region', { name: 'Quotes' }).boundingBox())!;
    expect(quotesBox.y).toBeLessThan(panelBox.y + panelBox.height);

    await fact.locator('summary').click();
    await expect.poll(async () => (await fact.innerText()).replace(/\s+/g, ' ')).toContain(title(EPISODES - 1));
    const opened = (await fact.innerText()).replace(/\s+/g, ' ');
    for (let i = 0; i < EPISODES; i++) expect(opened).toContain(title(i));
  });

  it(`a node of ${BIG} documents: the payload names five, "N more" fetches 200 at a time, "Show 200 more" the next`, async () => {
    const { page } = suite;
    const asked = requests(page);
    await openViewer(page, `${suite.viewer.url}#g=big`);
    expect(await page.evaluate(() => (window as any).turngraph.getGraph().getNodeAttribute('meta', 'documents').length)).toBe(5);
    await searchAndEnter(page, 'Meta');
    const fact = details(page).locator('.fact', { hasText: 'Documents' });
    expect((await fact.innerText()).replace(/\s+/g, ' ')).toContain(`Documents (${BIG}): ${title(0)}`);
    expect(asked.filter((u) => u.includes('/documents?'))).toEqual([]);
    await fact.locator('summary').click();
    await fact.getByRole('button', { name: 'Show 200 more' }).waitFor();
    if (process.env.TURNGRAPH_SCREENSHOTS) {
      await fact.getByRole('button', { name: 'Show 200 more' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(process.env.TURNGRAPH_SCREENSHOTS, 'documents-205.png') });
    }
    await fact.getByRole('button', { name: 'Show 200 more' }).click();
    await fact.getByRole('button', { name: `Show ${BIG - 405} more` }).click();
    await expect.poll(async () => (await fact.innerText()).replace(/\s+/g, ' ')).toContain(title(BIG - 1));
    expect(await fact.getByRole('button').count()).toBe(0);
    const opened = (await fact.innerText()).replace(/\s+/g, ' ');
    for (const i of [5, 204, 205, BIG - 1]) expect(opened).toContain(title(i));
    expect(opened.match(/Episode \d+:/g)).toHaveLength(BIG);
    if (process.env.TURNGRAPH_SCREENSHOTS) await page.screenshot({ path: join(process.env.TURNGRAPH_SCREENSHOTS, 'documents-450.png') });
    expect(asked.filter((u) => u.includes('/documents?')).map((u) => u.replace(/&version=.*/, ''))).toEqual([
      '/api/graphs/big/documents?node=meta&offset=5&limit=200', '/api/graphs/big/documents?node=meta&offset=205&limit=200',
      '/api/graphs/big/documents?node=meta&offset=405&limit=200',
    ]);
  });

  it('the document filter on a late episode keeps the hub (its entities fetched), drops what is not in it; a relation in a later one stays', async () => {
    const { page } = suite;
    await openViewer(page, `${suite.viewer.url}#g=big`);
    const shown = () => page.evaluate(() => [...(window as any).turngraph.getRenderer().visibility().nodes].sort());
    const relations = () => page.evaluate(() => (window as any).turngraph.getRenderer().visibility().edges.size);
    expect(await shown()).toEqual(['lumen-labs', 'meta']);
    await page.getByRole('combobox', { name: 'Document' }).selectOption('ep300');
    await expect.poll(shown).toEqual(['meta']);
    // The relation's evidence in ep002 is not in the payload (it names ep001 only): counted from the fetched document.
    await page.getByRole('combobox', { name: 'Document' }).selectOption('ep002');
    await expect.poll(shown).toEqual(['lumen-labs', 'meta']);
    expect(await relations()).toBe(1);
    // A link with the filter reopens it, the entities fetched before it applies.
    await page.goto('about:blank');
    await openViewer(page, `${suite.viewer.url}#g=big&doc=ep300`);
    await expect.poll(shown).toEqual(['meta']);
    expect(await page.getByRole('combobox', { name: 'Document' }).inputValue()).toBe('ep300');
  });

  it('a node of two documents lists both', async () => {
    await openViewer(suite.page, suite.viewer.url);
    await searchAndEnter(suite.page, 'Lumen Labs');
    const fact = details(suite.page).locator('.fact', { hasText: 'Documents' });
    expect((await fact.innerText()).replace(/\s+/g, ' ')).toBe(`Documents: ${title(0)} · ${title(1)}`);
  });
});
