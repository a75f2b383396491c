// End-to-end tests of the viewer in real headless Chromium over the sample graph built by the CLI:
// drawing, search (English and Chinese), details with quotes, type filter, conversation strip, URL state, Esc.
import { beforeEach, describe, expect, it } from 'vitest';
import { TYPE_COLORS } from '../../src/model.ts';
import { browserAvailable, countInkPixels, openViewer, steady, watchPage } from './browser.ts';
import { buildSampleGraph, countColorPixels, details, quotesLoaded, searchAndEnter, viewerSuite } from './viewer-helpers.ts';

describe.skipIf(!browserAvailable())('viewer on the sample graph (Chromium)', () => {
  const suite = viewerSuite('turngraph-viewer-', (dir) => [buildSampleGraph(dir)]);
  beforeEach(async () => {
    await openViewer(suite.page, suite.viewer.url);
  });

  it('loads with a drawn graph, a legend with counts and no console error', async () => {
    expect(await countInkPixels(suite.page)).toBeGreaterThan(2000);
    const legend = suite.page.locator('.legend-item');
    expect(await legend.count()).toBeGreaterThan(2);
    await expect.poll(() => suite.page.locator('.legend-item[data-type="person"] .legend-count').textContent()).toMatch(/^[1-9]\d*$/);
    // One graph file served: there is nothing to pick, so no graph picker.
    expect(await suite.page.getByRole('combobox', { name: 'Graph', exact: true }).isVisible()).toBe(false);
  });

  it('search "o3" + Enter selects o3 and quotes "OpenAI 发布 o3"', async () => {
    await searchAndEnter(suite.page, 'o3');
    const panel = details(suite.page);
    await expect.poll(() => panel.locator('.details-title').textContent()).toBe('o3');
    const quotes = panel.locator('.quote-text');
    expect(await quotes.count()).toBeGreaterThan(1);
    const all = (await quotes.allTextContents()).join('\n');
    expect(all).toContain('OpenAI 发布 o3');
    // The mention spans are highlighted.
    expect((await panel.locator('.quote-text mark').allTextContents()).some((t) => /o3/i.test(t))).toBe(true);
    // The camera moved to the node, and the node's turns are marked on the conversation strip.
    await expect.poll(() => suite.page.url()).toMatch(/node=/);
    await expect.poll(() => suite.page.locator('.strip-turn.marked').count()).toBeGreaterThan(1);
  });

  it('search "陶哲" suggests Terence Tao and Enter opens him; "OPENAI" finds OpenAI', async () => {
    await suite.page.getByRole('searchbox', { name: 'Search' }).fill('陶哲');
    await expect.poll(() => suite.page.locator('#search-suggestions [role="option"]').first().textContent()).toContain('Terence Tao');
    await suite.page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('Terence Tao');
    expect(await details(suite.page).locator('.fact').first().textContent()).toContain('陶哲轩');
    // English is matched case-insensitively; picking a suggestion with the mouse selects it.
    await suite.page.getByRole('searchbox', { name: 'Search' }).fill('OPENAI');
    await suite.page.locator('#search-suggestions [role="option"]', { hasText: 'OpenAI' }).first().click();
    await expect.poll(() => details(suite.page).locator('.details-title').textContent()).toBe('OpenAI');
  });

  it('a type filter hides the nodes of that type', async () => {
    const green = TYPE_COLORS.model;
    const before = await countColorPixels(suite.page, green, 12);
    expect(before).toBeGreaterThan(20);
    const item = suite.page.locator('.legend-item[data-type="model"]');
    await item.click();
    await expect.poll(() => item.getAttribute('aria-pressed')).toBe('false');
    await suite.page.waitForTimeout(200);
    expect(await countColorPixels(suite.page, green, 12)).toBeLessThan(before / 10);
    await expect.poll(() => suite.page.url()).toContain('hide=model');
    // Speaker filter: only what the host talks about (fewer entities than all).
    const shown = async () => Number((await suite.page.locator('.counts').textContent())!.match(/^(\d+) of/)![1]);
    const beforeSpeaker = await shown();
    const host = await suite.page.locator('#filter-speaker option').nth(1).getAttribute('value');
    await suite.page.selectOption('#filter-speaker', host!);
    await expect.poll(shown).toBeLessThan(beforeSpeaker);
    expect(await shown()).toBeGreaterThan(0);
  });

  it('picking in the search a node the filters hide shows it: only the filters hiding it are dropped', async () => {
    const page = suite.page;
    const drawn = (label: string) => page.evaluate((label) => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const key = sigma.getGraph().findNode((_: string, a: { label: string }) => a.label === label);
      return !sigma.getNodeDisplayData(key).hidden;
    }, label);
    await page.selectOption('#filter-speaker', { label: 'Melissa Koide' });
    for (const type of ['model', 'organization']) await page.locator(`.legend-item[data-type="${type}"]`).click();
    expect(await drawn('o1')).toBe(false);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('o1');
    const option = page.locator('#search-suggestions [role="option"]').first();
    await expect.poll(() => option.textContent()).toMatch(/^o1 .*hidden by the filters$/);
    await box.press('Enter');
    // o1 is drawn and selected: its type is shown again; the speaker and organization filters stay.
    await expect.poll(() => drawn('o1')).toBe(true);
    await expect.poll(() => details(page).locator('.details-title').textContent()).toBe('o1');
    expect(await page.locator('.legend-item[data-type="model"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.legend-item[data-type="organization"]').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#filter-speaker option:checked').textContent()).toBe('Melissa Koide');
    // Donald Trump is not in Melissa Koide's turns: picking him drops the Speaker filter.
    expect(await drawn('Donald Trump')).toBe(false);
    await searchAndEnter(page, 'Donald Trump');
    await expect.poll(() => drawn('Donald Trump')).toBe(true);
    expect(await page.locator('#filter-speaker option:checked').textContent()).toBe('All speakers');
    expect(await page.locator('.legend-item[data-type="organization"]').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.url()).toMatch(/hide=organization/);
    if (process.env.TURNGRAPH_SCREENSHOT) {
      await page.waitForTimeout(600);
      await page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });
    }
  });

  it('relations the filters hide are greyed in the details, and come back with the filter', async () => {
    await searchAndEnter(suite.page, 'Sam Altman');
    const group = (type: string) => details(suite.page).locator('.relation-group', { has: suite.page.locator('summary', { hasText: new RegExp(`^${type} `) }) });
    const greyed = async (type: string) => (await group(type).locator('button.relation').evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b).color)))
      .map((colour) => colour !== 'rgb(29, 78, 216)');
    expect(await greyed('CO_OCCURS')).not.toContain(true);
    await suite.page.locator('#filter-cooccurs').check();
    await expect.poll(async () => new Set(await greyed('CO_OCCURS'))).toEqual(new Set([true]));
    expect(await group('CO_OCCURS').locator('button.relation').first().getAttribute('title')).toMatch(/^Hidden by the filters/);
    // The typed relations are still drawn: as they were.
    expect(await greyed('CEO_OF')).toEqual([false]);
    await suite.page.locator('#filter-cooccurs').uncheck();
    await expect.poll(async () => new Set(await greyed('CO_OCCURS'))).toEqual(new Set([false]));
    if (process.env.TURNGRAPH_SCREENSHOT) {
      await suite.page.locator('#filter-cooccurs').check();
      await group('CO_OCCURS').locator('summary').click();
      await suite.page.waitForTimeout(400);
      await suite.page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });
    }
  });

  it('a relation clicked in the details brings both its ends into view', async () => {
    const page = suite.page;
    const inView = (labels: string[]) => page.evaluate((labels) => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const { width, height } = sigma.getDimensions();
      return labels.filter((label) => {
        const key = sigma.getGraph().findNode((_: string, a: { label: string }) => a.label === label);
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key));
        return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
      });
    }, labels);
    const camera = () => page.evaluate(() => JSON.stringify((window as any).turngraph.getRenderer().sigma.getCamera().getState()));
    await searchAndEnter(page, 'Sam Altman');
    await steady(page, camera, (a, b) => a === b);
    // Zoomed in on Sam Altman, the far end of his INVESTED_IN relation is off screen.
    expect(await inView(['Sam Altman', 'fintech'])).toEqual(['Sam Altman']);
    await details(page).locator('.relation-group', { hasText: 'INVESTED_IN' }).locator('button.relation').click();
    await expect.poll(() => details(page).locator('.rel-type').textContent()).toContain('INVESTED_IN');
    expect((await steady(page, camera, (a, b) => a === b)).steady).toBe(true);
    expect(await inView(['Sam Altman', 'fintech'])).toEqual(['Sam Altman', 'fintech']);
    if (process.env.TURNGRAPH_SCREENSHOT) await page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });
  });

  it('a relation selected: the strip marks the turns of its evidence (fetched for the document shown)', async () => {
    const page = suite.page;
    await searchAndEnter(page, 'Sam Altman');
    await details(page).locator('.relation-group', { hasText: 'INVESTED_IN' }).locator('button.relation').click();
    await quotesLoaded(page);
    const evidence = await details(page).locator('blockquote.quote').evaluateAll((quotes) => quotes.map((q) => q.getAttribute('data-turn')));
    expect(evidence.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.strip-turn.marked').evaluateAll((turns) => turns.map((t) => t.getAttribute('data-turn')))).toEqual(evidence);
  });

  it('clicking a turn in the strip highlights the entities it mentions', async () => {
    const turn = suite.page.locator('.strip-turn', { hasText: 'OpenAI 发布' }).first();
    await turn.scrollIntoViewIfNeeded();
    await turn.click();
    await expect.poll(() => turn.getAttribute('aria-pressed')).toBe('true');
    await quotesLoaded(suite.page);
    const listed = await details(suite.page).locator('[aria-label="Entities in this turn"] button').allTextContents();
    expect(listed.map((t) => t.trim())).toEqual(expect.arrayContaining(['OpenAI', 'o3']));
    // Drawn state: the turn's entities keep their colour, every other node is dimmed.
    const drawn = await suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const out: { label: string; color: string }[] = [];
      graph.forEachNode((key: string) => out.push({ label: graph.getNodeAttribute(key, 'label'), color: sigma.getNodeDisplayData(key).color }));
      return out;
    });
    const byLabel = new Map(drawn.map((d) => [d.label, d.color]));
    expect(byLabel.get('o3')).toBe(TYPE_COLORS.model);
    const dimmed = drawn.filter((d) => !listed.map((t) => t.trim()).includes(d.label));
    expect(dimmed.length).toBeGreaterThan(0);
    expect(new Set(dimmed.map((d) => d.color)).size).toBe(1);
  });

  it('a URL with state reopens the same view, and Esc clears the selection', async () => {
    await searchAndEnter(suite.page, '陶哲');
    await suite.page.locator('.legend-item[data-type="organization"]').click();
    await suite.page.waitForTimeout(400);
    const url = suite.page.url();
    expect(url).toMatch(/node=.*hide=organization|hide=organization.*node=/);

    const again = await suite.browser.newPage({ viewport: { width: 1400, height: 860 } });
    const againLog = watchPage(again);
    await openViewer(again, url);
    await expect.poll(() => details(again).locator('.details-title').textContent()).toBe('Terence Tao');
    expect(await again.locator('.legend-item[data-type="organization"]').getAttribute('aria-pressed')).toBe('false');
    const ratio = await again.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().ratio);
    expect(ratio).toBeCloseTo(Number(new URL(url).hash.match(/cam=[^&]*%2C([\d.]+)(&|$)/)![1]), 3);

    await again.keyboard.press('Escape');
    await expect.poll(() => details(again).locator('.relations').count()).toBe(0);
    await expect.poll(() => again.url()).not.toMatch(/node=/);
    expect(againLog.errors).toEqual([]);
    await again.close();
  });

  it('a link naming an entity the graph no longer has opens the overview, says so and drops it from the URL', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1400, height: 860 } });
    const log = watchPage(page);
    await openViewer(page, `${suite.viewer.url}#g=sample.json&node=${encodeURIComponent('person:nobody-here')}&hide=organization`);
    await expect.poll(() => page.locator('#file-notice').textContent()).toContain('"person:nobody-here" is no longer in the graph.');
    expect(await details(page).locator('.relations').count()).toBe(0);
    // The rest of the link still applies.
    expect(await page.locator('.legend-item[data-type="organization"]').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.url()).not.toMatch(/node=/);
    expect(page.url()).toMatch(/hide=organization/);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('hovering a node dims the nodes that are not its neighbours', async () => {
    const point = await suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      const graph = sigma.getGraph();
      const key = graph.nodes().sort((a: string, b: string) => graph.degree(b) - graph.degree(a))[0];
      const d = sigma.getNodeDisplayData(key);
      return { ...sigma.framedGraphToViewport(d), key };
    });
    const box = (await suite.page.locator('#graph').boundingBox())!;
    await suite.page.mouse.move(box.x + point.x, box.y + point.y);
    await expect
      .poll(() => suite.page.evaluate((key) => {
        const sigma = (window as any).turngraph.getRenderer().sigma;
        const graph = sigma.getGraph();
        const far = graph.nodes().filter((n: string) => n !== key && !graph.areNeighbors(n, key));
        return far.length > 0 && far.every((n: string) => sigma.getNodeDisplayData(n).color === sigma.getNodeDisplayData(far[0]).color);
      }, point.key))
      .toBe(true);
    // The graph itself was not written to: its colours are still the type colours.
    const written = await suite.page.evaluate(() => {
      const graph = (window as any).turngraph.getGraph();
      return graph.filterNodes((_: string, a: { color: string; hidden?: boolean; highlighted?: boolean }) => 'hidden' in a || 'highlighted' in a).length;
    });
    expect(written).toBe(0);
  });
});
