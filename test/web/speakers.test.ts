// The viewer on a graph of three small transcripts whose unnamed speakers collide ("Guest (guest)" twice), in
// real headless Chromium: a speaker's details list the turns they spoke; same-label speakers carry their document.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, openViewer } from './browser.ts';
import { details, viewerSuite } from './viewer-helpers.ts';

const ROBOTS_TITLE = 'Building warehouse robots with Quarry Robotics';
const PHONES_TITLE = 'Small language models on phones';
/** Answers of the phones guest: more than a page of quotes (30), so "Show all" is needed for the last ones. */
const PHONE_ANSWERS = 33;

const TRANSCRIPTS: Record<string, string> = {
  'robots.en.md': `# ${ROBOTS_TITLE}

Q: What does Quarry Robotics build?

A: We build warehouse robots that sort parcels. Our first customer was DHL in Leipzig.

Q: How do you train them?

A: Mostly in simulation, then a week in the real warehouse.
`,
  'phones.en.md': `# ${PHONES_TITLE}\n\n${Array.from({ length: PHONE_ANSWERS }, (_, i) =>
    `Q: What is point ${i + 1}?\n\nA: Point ${i + 1} is about memory on the phone.\n`).join('\n')}`,
  'chips.zh.md': `# 国产芯片的十年

主持人：你们为什么做芯片？

嘉宾：因为算力太贵了。华为和寒武纪都在做推理芯片。

主持人：最难的是什么？

嘉宾：最难的是软件生态。
`,
};

/** Writes the transcripts into `dir`/in and builds them with the CLI into one graph file. */
function buildGraph(dir: string): string {
  const input = join(dir, 'in');
  mkdirSync(input);
  for (const [name, text] of Object.entries(TRANSCRIPTS)) writeFileSync(join(input, name), text);
  const graph = join(dir, 'talks.json');
  execFileSync(process.execPath, ['bin/turngraph.js', 'build', input, '-o', graph, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return graph;
}

/** Clicks, on the canvas, the speaker node labelled `label` that speaks in the document titled `title`. */
async function clickSpeaker(page: Page, label: string, title: string): Promise<void> {
  const point = await page.evaluate(({ label, title }) => {
    const sigma = (window as any).turngraph.getRenderer().sigma;
    const graph = sigma.getGraph();
    const doc = graph.getAttribute('documents').find((d: { title: string }) => d.title === title).id;
    const key = graph.findNode((_: string, a: { label: string; speaker: boolean; documents: string[] }) => a.speaker && a.label === label && a.documents.includes(doc));
    return sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)) as { x: number; y: number };
  }, { label, title });
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await details(page).locator('.relations').waitFor();
}

describe.skipIf(!browserAvailable())('speakers in a graph of several transcripts (Chromium)', () => {
  const suite = viewerSuite('turngraph-speakers-', (dir) => [buildGraph(dir)]);

  it('clicking an unnamed guest lists the turns they spoke, with their words, in order', async () => {
    await openViewer(suite.page, suite.viewer.url);
    await clickSpeaker(suite.page, 'Guest (guest)', ROBOTS_TITLE);
    const panel = details(suite.page);
    const spoken = panel.getByRole('region', { name: 'Spoken turns' });
    await expect.poll(() => spoken.locator('h3').textContent()).toMatch(/^Speaks in 2 turns$/i);
    expect(await spoken.locator('.quote-text').allTextContents()).toEqual([
      'We build warehouse robots that sort parcels. Our first customer was DHL in Leipzig.',
      'Mostly in simulation, then a week in the real warehouse.',
    ]);
    // What others say about the guest stays its own section.
    expect(await panel.locator('h3', { hasText: /^Quoted in/i }).count()).toBe(1);
    // The conversation strip below shows that interview, the guest's two answers marked (nobody names the guest).
    await expect.poll(() => suite.page.locator('.strip-title').textContent()).toBe(` · ${ROBOTS_TITLE}`);
    await expect.poll(() => suite.page.locator('.strip-turn.marked .strip-words').allTextContents()).toEqual([
      expect.stringMatching(/^We build warehouse/), expect.stringMatching(/^Mostly in simulation/),
    ]);
    if (process.env.TURNGRAPH_SCREENSHOT) await suite.page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });
  });

  it('the spoken turns load on demand, a page at a time, "Show all" brings the rest', async () => {
    await openViewer(suite.page, suite.viewer.url);
    await clickSpeaker(suite.page, 'Guest (guest)', PHONES_TITLE);
    const spoken = details(suite.page).getByRole('region', { name: 'Spoken turns' });
    await expect.poll(() => spoken.locator('h3').textContent()).toMatch(new RegExp(`^Speaks in ${PHONE_ANSWERS} turns$`, 'i'));
    await expect.poll(() => spoken.locator('.quote-text.loading').count()).toBe(0);
    const texts = spoken.locator('.quote-text');
    expect(await texts.count()).toBeLessThan(PHONE_ANSWERS);
    expect(await texts.first().textContent()).toBe('Point 1 is about memory on the phone.');
    await spoken.getByRole('button', { name: `Show all ${PHONE_ANSWERS}` }).click();
    await expect.poll(() => texts.count()).toBe(PHONE_ANSWERS);
    await expect.poll(() => texts.last().textContent()).toBe(`Point ${PHONE_ANSWERS} is about memory on the phone.`);
  });

  it('a Speaker filter that hides the selected guest ends the selection and shows the filtered graph', async () => {
    await openViewer(suite.page, suite.viewer.url);
    await clickSpeaker(suite.page, 'Guest (guest)', ROBOTS_TITLE);
    const camera = () => suite.page.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().getState().ratio as number);
    await suite.page.evaluate(() => (window as any).turngraph.getRenderer().sigma.getCamera().setState({ ratio: 0.05 })); // zoomed in on it
    await suite.page.selectOption('#filter-speaker', { label: '主持人 (host)' });
    await expect.poll(() => details(suite.page).locator('.relations').count()).toBe(0);
    await expect.poll(camera).toBeCloseTo(1, 2);
    await expect.poll(() => suite.page.url()).not.toMatch(/node=/);
    const shown = await suite.page.evaluate(() => {
      const sigma = (window as any).turngraph.getRenderer().sigma;
      return sigma.getGraph().filterNodes((key: string) => !sigma.getNodeDisplayData(key)?.hidden).map((key: string) => sigma.getGraph().getNodeAttribute(key, 'label'));
    });
    expect(shown).toContain('主持人 (host)');
    expect(shown).not.toContain('Guest (guest)');

    // The entities the host talks about are fetched (not in the first payload), also when a link reopens the filter.
    const drawn = () => suite.page.evaluate(() => [...(window as any).turngraph.getRenderer().visibility().nodes].sort());
    const filtered = await drawn();
    await expect.poll(() => suite.page.url()).toMatch(/speaker=/);
    const link = suite.page.url();
    const asked: string[] = [];
    suite.page.on('request', (r) => asked.push(decodeURIComponent(new URL(r.url()).pathname + new URL(r.url()).search)));
    await suite.page.goto('about:blank');
    await openViewer(suite.page, link);
    await expect.poll(drawn).toEqual(filtered);
    expect(await suite.page.locator('#filter-speaker').inputValue()).toBe(new URL(link.replace('#', '?')).searchParams.get('speaker'));
    expect(asked.filter((u) => u.includes('/entities?'))).toHaveLength(1);
  });

  it('the search box empties when the node picked from it stops being selected (a filter, a click elsewhere)', async () => {
    await openViewer(suite.page, suite.viewer.url);
    const box = suite.page.getByRole('searchbox', { name: 'Search' });
    const pick = async (query: string, hasText: string) => {
      await box.fill(query);
      await suite.page.locator('#search-suggestions [role="option"]', { hasText }).first().click();
      await details(suite.page).locator('.relations').waitFor();
    };
    await pick('guest', 'Building warehouse robots');
    expect(await box.inputValue()).toBe('Guest (guest)');
    // The Speaker filter hides the robots guest: its selection ends, and the box no longer names it.
    await suite.page.selectOption('#filter-speaker', { label: '主持人 (host)' });
    await expect.poll(() => details(suite.page).locator('.relations').count()).toBe(0);
    await expect.poll(() => box.inputValue()).toBe('');
    await expect(suite.page.locator('#search-suggestions').isHidden()).resolves.toBe(true);
    if (process.env.TURNGRAPH_SCREENSHOT) await suite.page.screenshot({ path: process.env.TURNGRAPH_SCREENSHOT });

    // A relation clicked in the details: the box does not keep naming the node picked before.
    await suite.page.selectOption('#filter-speaker', { label: 'All speakers' });
    await pick('华为', 'Huawei');
    expect(await box.inputValue()).toBe('Huawei');
    await details(suite.page).locator('.relations .relation').first().click();
    await expect.poll(() => details(suite.page).locator('.rel-type').count()).toBe(1);
    await expect.poll(() => box.inputValue()).toBe('');
    // Text the user typed and did not pick stays while the selection changes.
    await box.fill('robot');
    await details(suite.page).locator('.details-title button.link').first().click();
    await details(suite.page).locator('.relations').waitFor();
    expect(await box.inputValue()).toBe('robot');
  });

  it('search suggestions, the Speaker filter and the details title tell same-label speakers apart by their document', async () => {
    await openViewer(suite.page, suite.viewer.url);
    const box = suite.page.getByRole('searchbox', { name: 'Search' });
    await box.fill('guest');
    const options = suite.page.locator('#search-suggestions [role="option"]');
    await expect.poll(() => options.count()).toBe(3);
    const guests = await options.filter({ hasText: 'Guest (guest)' }).allTextContents();
    expect(guests).toHaveLength(2);
    expect(guests.some((t) => t.includes(PHONES_TITLE))).toBe(true);
    expect(guests.some((t) => t.includes('Building warehouse robots'))).toBe(true);
    // The one 嘉宾 is alone with its label: no document beside it.
    expect(await options.filter({ hasText: '嘉宾 (guest)' }).textContent()).not.toContain('国产芯片');

    // Picking the robots guest opens that one: its title says so, and its words are the robots answers.
    await options.filter({ hasText: 'Building warehouse robots' }).click();
    const panel = details(suite.page);
    await expect.poll(() => panel.locator('.details-title').textContent()).toMatch(/^Guest \(guest\).*Building warehouse robots/);
    await expect.poll(() => panel.locator('.quote-text').first().textContent()).toContain('We build warehouse robots');

    // The Speaker filter: two hosts, each with its document; the one 主持人 as it was.
    const speakers = (await suite.page.locator('#filter-speaker option').allTextContents()).map((t) => t.trim());
    const hosts = speakers.filter((t) => t.startsWith('Host (host)'));
    expect(hosts).toHaveLength(2);
    expect(new Set(hosts).size).toBe(2);
    expect(hosts.some((t) => t.includes(PHONES_TITLE))).toBe(true);
    expect(hosts.some((t) => t.includes('Building warehouse robots'))).toBe(true);
    expect(speakers).toContain('主持人 (host)');
    const robotsHost = hosts.find((t) => t.includes('Building warehouse robots'))!;
    await suite.page.selectOption('#filter-speaker', { label: robotsHost });
    await expect.poll(() => suite.page.locator('#filter-speaker').getAttribute('title')).toContain('Building warehouse robots');
  });
});
