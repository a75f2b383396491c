// Tests for extract/stages/segment/{labels,text}.ts on English call and broadcast layouts: "Name — Firm:" labels name
// the person, and blocks written one entry a line (participants, a programme's header) are not read as one sentence.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import { joinLines } from '../../extract/stages/segment/text.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const extract = (text: string) => extractDocument({ id: 'call.en', path: 'call.en.md', text }, context);

const CALL = `# Acme Robotics Q3 2026 Earnings Call

**Company participants**

Karen Liu — Vice President, Investor Relations
Marcus Hale — Chief Executive Officer
Deborah Osei — Chief Financial Officer

**Conference call participants**

Vivek Arya — Bank of America
Stacy Rasgon — Bernstein

Operator: Our first question comes from the line of Vivek Arya with Bank of America.

Vivek Arya — Bank of America: Thanks for taking my question. Marcus, how much capacity have you secured?

Marcus Hale: Thanks, Vivek. Plenty.

Vivek Arya — Bank of America: And is the acquisition accretive yet?

Deborah Osei: Not yet.

Operator: Next question, Stacy Rasgon from Bernstein.

Stacy Rasgon — Bernstein: Deborah, who supplies your memory?

Deborah Osei: Good question, Stacy. Mostly SK Hynix.
`;

describe('earnings-call layouts', () => {
  it('an analyst labelled "Name — Firm:" is the person, one speaker across turns, and the firm stays a firm', () => {
    const doc = extract(CALL);
    const names = doc.speakers.map((s) => s.label).sort();
    expect(names).toEqual(['Deborah Osei', 'Marcus Hale', 'Stacy Rasgon', 'Vivek Arya']);
    const labels = doc.entities.map((e) => e.label);
    expect(labels).toContain('Bank of America');
    expect(labels).toContain('Bernstein');
    expect(doc.entities.find((e) => e.label === 'Bernstein')?.type).toBe('organization');
  });

  it('a participants list is one entry a line: no "Investor Relations Marcus Hale", no "Bank of America Stacy Rasgon"', () => {
    const labels = extract(CALL).entities.map((e) => e.label);
    for (const junk of ['Investor Relations Marcus Hale', 'Chief Executive Officer Deborah Osei', 'Bank of America Stacy Rasgon', 'Vice', 'Investor Relations']) {
      expect(labels, labels.join(', ')).not.toContain(junk);
    }
  });
});

describe('joinLines: entry lines stay lines, hard-wrapped prose is rejoined', () => {
  it.each([
    [['BUSINESS DAILY — BBC World Service', 'Broadcast: 14 November 2026', 'Presenter: Fergus Nash'], 'BUSINESS DAILY — BBC World Service\nBroadcast: 14 November 2026\nPresenter: Fergus Nash'],
    [['Vivek Arya -- Bank of America -- Analyst', 'Tim Arcuri -- UBS -- Analyst'], 'Vivek Arya -- Bank of America -- Analyst\nTim Arcuri -- UBS -- Analyst'],
    // a wrapped sentence: the second line is no entry, so one space joins them
    [['Yes. We partner with Stellantis — their dealers in Italy', 'and France sell our cars.'], 'Yes. We partner with Stellantis — their dealers in Italy and France sell our cars.'],
    [['It is close to our customers in Germany, and BMW is', 'building a plant there too: the suppliers are coming.'], 'It is close to our customers in Germany, and BMW is building a plant there too: the suppliers are coming.'],
  ])('%j', (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });

  it('a programme header line "Broadcast: …" is no organisation', () => {
    const doc = extract('BUSINESS DAILY — BBC World Service\nBroadcast: 14 November 2026\nPresenter: Fergus Nash\n\nFERGUS NASH: Hello and welcome.\n\nWANG LEI: Thank you.');
    const labels = doc.entities.map((e) => e.label);
    expect(labels).not.toContain('Broadcast');
    expect(labels).not.toContain('BBC World Service Broadcast');
    expect(labels).toContain('BBC World Service');
  });
});
