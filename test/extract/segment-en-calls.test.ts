// Tests for extract/stages/segment/{labels,text}.ts on English call and broadcast layouts: "Name — Firm:" labels name
// the person, and blocks written one entry a line (participants, a programme's header) are not read as one sentence.
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../extract/stages/segment/text.ts';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'call.en');

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

/** Transcript sites print each speaker's name alone on its line, a blank line, then the words; an analyst list with spaced hyphens. */
const NAME_LINES = `Brightline Pumps (BLPM) Q1 2027 Earnings Call Transcript

Company Participants
Hana Sorensen - Investor Relations
Victor Amadi - Chief Executive Officer

Conference Call Participants
Priya Kothari - Jefferies
Tom Whitfield - Barclays

Operator

Good morning and welcome to the call. I will now turn it over to Hana Sorensen.

Hana Sorensen

Thank you. With me is Victor Amadi, our Chief Executive Officer.

Victor Amadi

Thanks, Hana. Orders rose sharply.

Demand was strongest in Canada.

Operator

Our first question comes from Priya Kothari with Jefferies.

Priya Kothari

Victor, what about margins?

Victor Amadi

Thank you.

Margins rose too.

Operator

Next is Tom Whitfield with Barclays.

Tom Whitfield

How big is the backlog?

Victor Amadi

Large.
`;

describe('a speaker named alone on the line above the words', () => {
  it('each name line opens that speaker\'s turn, paragraphs after it stay theirs, the operator is narration', () => {
    const doc = extract(NAME_LINES);
    const turns = doc.turns.filter((t) => t.kind === 'turn').map((t) => `${t.speaker}: ${t.text}`);
    expect(turns).toEqual([
      'hana-sorensen: Thank you. With me is Victor Amadi, our Chief Executive Officer.',
      'victor-amadi: Thanks, Hana. Orders rose sharply.\nDemand was strongest in Canada.',
      'priya-kothari: Victor, what about margins?',
      'victor-amadi: Thank you.\nMargins rose too.',
      'tom-whitfield: How big is the backlog?',
      'victor-amadi: Large.',
    ]);
    expect(doc.turns.some((t) => t.kind === 'turn' && t.text.startsWith('Our first question'))).toBe(false);
  });

  it("the operator's name line and words are one narration, not two", () => {
    const narration = extract(NAME_LINES).turns.filter((t) => t.kind === 'narration').map((t) => t.text);
    expect(narration).toContain('Operator: Our first question comes from Priya Kothari with Jefferies.');
    expect(narration).not.toContain('Operator');
  });

  it('an analyst list with spaced hyphens ties each analyst to the firm', () => {
    const doc = extract(NAME_LINES);
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    const found = doc.relations.map((r) => `${label.get(r.source)} -${r.type}-> ${label.get(r.target)}`);
    expect(found, found.join('\n')).toContain('Priya Kothari -WORKS_AT-> Jefferies');
    expect(found, found.join('\n')).toContain('Tom Whitfield -WORKS_AT-> Barclays');
    expect(doc.entities.map((e) => e.label)).not.toContain('Company Participants Hana Sorensen');
  });

  it('the ticker after the company\'s name is the company, and a list title names no one', () => {
    const doc = extract(NAME_LINES);
    const company = doc.entities.find((e) => e.label === 'Brightline Pumps');
    expect(company?.aliases).toContain('BLPM');
    expect(doc.entities.map((e) => e.label)).not.toContain('BLPM');
    expect(doc.entities.map((e) => e.label)).not.toContain('Company Participants');
  });

  it('an article with a few short lines of their own has no speakers', () => {
    const doc = extract('Key Findings\n\nSales rose in Ohio.\n\nMarket Outlook\n\nDemand is firm.\n\nKey Findings\n\nMore text here.\n');
    expect(doc.turns.every((t) => t.kind !== 'turn')).toBe(true);
  });
});

describe("the operator's announcement of who asks", () => {
  it('"Our first question comes from X with Y", "from the line of X of Y" tie the analyst to the firm, with no participants list', () => {
    const doc = extract(
      'Operator\n\nOur first question comes from Priya Kothari with Jefferies. Your line is open.\n\nPriya Kothari\n\nHow are margins?\n\n' +
        'Victor Amadi\n\nFine.\n\nOperator\n\nOur next question comes from the line of Ana Ruiz of Morgan Stanley.\n\nAna Ruiz\n\nAnd demand?\n\nVictor Amadi\n\nStrong.\n',
    );
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    const found = doc.relations.map((r) => `${label.get(r.source)} -${r.type}-> ${label.get(r.target)}`);
    expect(found, found.join('\n')).toContain('Priya Kothari -WORKS_AT-> Jefferies');
    expect(found, found.join('\n')).toContain('Ana Ruiz -WORKS_AT-> Morgan Stanley');
  });
});

/** A call as the Motley Fool prints it: a header and a contents list one entry a line, parts named "…:" on a line. */
const PARTS = `Corvane Foods (CRVF) Q2 2027 Earnings Call Transcript

Corvane Foods (CRVF +1.4%)
Q2 2027 Earnings Call
Aug 3, 2027, 8:30 a.m. ET

Contents:
Prepared Remarks
Questions and Answers
Call Participants

Prepared Remarks:

Operator

Good morning, and welcome to the Corvane Foods call. I will now hand over to Elsa Brandt.

Elsa Brandt -- Chief Executive Officer

Thank you. Volumes grew in every region.

Questions & Answers:

Operator

Our first question comes from Omar Haddad with Bernstein.

Omar Haddad -- Bernstein -- Analyst

Elsa, what drove the growth?

Elsa Brandt -- Chief Executive Officer

Snacks, mostly.

Duration: 22 minutes

Call participants:

Elsa Brandt -- Chief Executive Officer

Omar Haddad -- Bernstein -- Analyst
`;

describe('a call printed with its parts named on a line of their own', () => {
  it('"Prepared Remarks:" and "Questions & Answers:" are the sections of the turns below, not words of the turn above', () => {
    const doc = extract(PARTS);
    const turns = doc.turns.filter((t) => t.kind === 'turn').map((t) => [t.speaker, t.section, t.text]);
    expect(turns).toEqual([
      ['elsa-brandt', 'Prepared Remarks', 'Thank you. Volumes grew in every region.'],
      ['omar-haddad', 'Questions & Answers', 'Elsa, what drove the growth?'],
      ['elsa-brandt', 'Questions & Answers', 'Snacks, mostly.'],
    ]);
  });

  it('a header and a contents list written one entry a line keep their lines: no "Earnings Call Aug", no "Remarks Questions"', () => {
    const doc = extract(PARTS);
    const header = doc.turns.find((t) => t.text.startsWith('Corvane Foods (CRVF +1.4%)'));
    expect(header?.text).toBe('Corvane Foods (CRVF +1.4%)\nQ2 2027 Earnings Call\nAug 3, 2027, 8:30 a.m. ET');
    const contents = doc.turns.find((t) => t.text.startsWith('Contents:'));
    expect(contents?.text).toBe('Contents:\nPrepared Remarks\nQuestions and Answers\nCall Participants');
    const labels = doc.entities.map((e) => e.label);
    expect(labels.filter((label) => /Earnings Call Aug|Remarks Questions|Answers Call/.test(label))).toEqual([]);
  });

  it.each([
    // three short capitalised lines, none left open: one entry a line
    [['Corvane Foods (CRVF +1.4%)', 'Q2 2027 Earnings Call', 'Aug 3, 2027, 8:30 a.m. ET'], 'Corvane Foods (CRVF +1.4%)\nQ2 2027 Earnings Call\nAug 3, 2027, 8:30 a.m. ET'],
    // a short wrapped sentence: a line left open ("and", a comma) or opening in lower case is no entry
    [['We met Ana, Raj and', 'Tom at the depot', 'Last week.'], 'We met Ana, Raj and Tom at the depot Last week.'],
    [['Sales rose in Spain', 'and Italy', 'Again.'], 'Sales rose in Spain and Italy Again.'],
    // two lines are not enough to call it a list
    [['Orders Rose', 'Sharply Again'], 'Orders Rose Sharply Again'],
  ])('joinLines %j', (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });
});
