// The details panel of a node named in many documents (an archive's hub): a few document titles, the rest behind
// "N more", so the relations and quotes stay near the top; a node of a couple of documents lists them all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model.ts';
import { browserAvailable, openViewer } from './browser.ts';
import { handGraph, handTurn } from './hand-graph.ts';
import { details, quotesLoaded, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

const EPISODES = 40;
const title = (i: number) => `Episode ${i + 1}: a long conversation about chips, models and the people who make them`;

/** Forty episodes, each a guest saying "I work at Meta"; the first two also name Lumen Labs. */
function archiveGraph(): SerializedKnowledgeGraph {
  const ids = Array.from({ length: EPISODES }, (_, i) => `ep${String(i + 1).padStart(2, '0')}`);
  const turns = ids.map((id, i) => handTurn(id, 0, null, 'Guest', i < 2 ? 'I work at Meta with Lumen Labs.' : 'I work at Meta.'));
  return handGraph('archive', ids.map((id, i) => ({ id, title: title(i) })), turns, [
    { key: 'meta', label: 'Meta', type: 'organization', documents: ids, x: 0, y: 0, size: 8, color: '#1f77b4', mentions: ids.map((id) => ({ turn: `${id}#0`, start: 10, end: 14 })) },
    { key: 'lumen-labs', label: 'Lumen Labs', type: 'organization', documents: ids.slice(0, 2), x: 10, y: 0, color: '#1f77b4',
      mentions: ids.slice(0, 2).map((id) => ({ turn: `${id}#0`, start: 20, end: 30 })) },
  ]);
}

describe.skipIf(!browserAvailable())('details panel: the documents of a node (Chromium)', () => {
  const suite = viewerSuite('turngraph-documents-', (dir) => {
    const file = join(dir, 'archive.json');
    writeFileSync(file, JSON.stringify(archiveGraph()));
    return [file];
  });

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
    const opened = (await fact.innerText()).replace(/\s+/g, ' ');
    for (let i = 0; i < EPISODES; i++) expect(opened).toContain(title(i));
  });

  it('a node of two documents lists both', async () => {
    await openViewer(suite.page, suite.viewer.url);
    await searchAndEnter(suite.page, 'Lumen Labs');
    const fact = details(suite.page).locator('.fact', { hasText: 'Documents' });
    expect((await fact.innerText()).replace(/\s+/g, ' ')).toBe(`Documents: ${title(0)} · ${title(1)}`);
  });
});
