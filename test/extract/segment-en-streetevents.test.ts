// Tests for extract/stages/segment/ruled.ts and the two-line participant entries of relations/sentences.ts: call
// transcripts in the StreetEvents layout (Refinitiv, Thomson Reuters), where each speaker's label sits between rules of
// dashes with its number in the call, are read as turns, and their participants lists give who works where.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import { ruledTurns } from '../../extract/stages/segment/ruled.ts';
import { splitSentences } from '../../extract/stages/relations/sentences.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const extract = (text: string) => extractDocument({ id: 'call.en', path: 'call.en.txt', text }, context);
const DASHES = '-'.repeat(80);
const EQUALS = '='.repeat(80);

const CALL = `${EQUALS}
EDITED TRANSCRIPT
ORBL.OQ - Q1 2027 Orbital Freight Corp Earnings Call

EVENT DATE/TIME: FEBRUARY 11, 2027 / 10:00PM GMT
${EQUALS}

${EQUALS}
Corporate Participants
${EQUALS}

 * Lena Kowalczyk
   Orbital Freight Corp - Head of IR
 * Tobias Engel
   Orbital Freight Corp - Chairman & CEO

${EQUALS}
Conference Call Participants
${EQUALS}

 * Marta Sousa
   Raymond James & Associates, Inc. - Analyst

${EQUALS}
Presentation
${DASHES}
Operator   [1]
${DASHES}

Good afternoon, and welcome to the Orbital Freight first quarter call. I will now hand over to Lena Kowalczyk.

${DASHES}
Lena Kowalczyk,  Orbital Freight Corp - Head of IR   [2]
${DASHES}

Thank you. With me is Tobias Engel.

${DASHES}
Tobias Engel,  Orbital Freight Corp - Chairman & CEO   [3]
${DASHES}

Thanks, Lena. We flew eleven missions in the quarter.

Our backlog grew again.

${EQUALS}
Questions and Answers
${DASHES}
Operator   [4]
${DASHES}

Our first question comes from Marta Sousa of Raymond James.

${DASHES}
Marta Sousa,  Raymond James & Associates, Inc. - Analyst   [5]
${DASHES}

Tobias, how many missions do you expect next year?

${DASHES}
Tobias Engel,  Orbital Freight Corp - Chairman & CEO   [6]
${DASHES}

About twenty.

${DASHES}
Definitions
${DASHES}
PRELIMINARY TRANSCRIPT: "Preliminary Transcript" indicates that the Transcript has been published in near real-time.

Disclaimer
${DASHES}
The publisher reserves the right to make changes to documents without obligation of notice.
`;

describe('call transcripts in the StreetEvents layout (labels between rules, numbered)', () => {
  it('each numbered label is a speaker turn, with its section; the operator narrates; the rules are gone', () => {
    const doc = extract(CALL);
    const turns = doc.turns.filter((t) => t.kind === 'turn').map((t) => [t.speakerLabel, t.section, t.text]);
    expect(turns).toEqual([
      ['Lena Kowalczyk', 'Presentation', 'Thank you. With me is Tobias Engel.'],
      ['Tobias Engel', 'Presentation', 'Thanks, Lena. We flew eleven missions in the quarter.\nOur backlog grew again.'],
      ['Marta Sousa', 'Questions and Answers', 'Tobias, how many missions do you expect next year?'],
      ['Tobias Engel', 'Questions and Answers', 'About twenty.'],
    ]);
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['Lena Kowalczyk', 'Marta Sousa', 'Tobias Engel']);
    const operator = doc.turns.filter((t) => t.text.startsWith('Operator: '));
    expect(operator.map((t) => t.kind)).toEqual(['narration', 'narration']);
    expect(doc.turns.some((t) => /-{10}|={10}/.test(t.text))).toBe(false);
  });

  it("the event's name under the TRANSCRIPT tag is the title, and the definitions and disclaimer after the call are boilerplate", () => {
    const doc = extract(CALL);
    expect(doc.document.title).toBe('ORBL.OQ - Q1 2027 Orbital Freight Corp Earnings Call');
    const after = doc.turns.slice(doc.turns.findIndex((t) => t.text === 'About twenty.') + 1);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((t) => t.kind === 'boilerplate')).toBe(true);
    expect(doc.entities.map((e) => e.label)).not.toContain('Preliminary Transcript');
  });

  it('the participants list (name, then firm - title under it) gives WORKS_AT, and CEO_OF where the title says so', () => {
    const doc = extract(CALL);
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    const lines = doc.relations.filter((r) => r.type === 'WORKS_AT' || r.type === 'CEO_OF').map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
    expect(lines).toEqual(expect.arrayContaining([
      'Lena Kowalczyk WORKS_AT Orbital Freight Corp',
      'Tobias Engel WORKS_AT Orbital Freight Corp',
      'Tobias Engel CEO_OF Orbital Freight Corp',
      'Marta Sousa WORKS_AT Raymond James & Associates',
    ]));
    expect(lines).not.toContain('Lena Kowalczyk CEO_OF Orbital Freight Corp');
  });

  it('a document with one ruled, numbered line is left as it is', () => {
    expect(ruledTurns(['Intro', DASHES, 'Chapter one   [1]', DASHES, 'Text.'])).toBeNull();
    expect(ruledTurns(['Alice: hi', 'Bob: hello'])).toBeNull();
  });
});

describe('splitSentences: a participant entry over two lines is one window', () => {
  const windows = (text: string, names: string[]) =>
    splitSentences(text, names.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length }))).map((w) => text.slice(w.start, w.end));

  it('a name alone on its line (a bullet before it at most), and a firm and a dash on the next', () => {
    const text = '* Ana Silva\nBeacon Labs - CFO\n* Raj Iyer\nNorthgate Capital Ltd. - Analyst';
    expect(windows(text, ['Ana Silva', 'Beacon Labs', 'Raj Iyer', 'Northgate Capital Ltd'])).toEqual([
      '* Ana Silva\nBeacon Labs - CFO\n',
      '* Raj Iyer\nNorthgate Capital Ltd. - Analyst',
    ]);
  });

  it('lines that are no such entry stay apart: words beside the name, or no dash after the firm', () => {
    expect(windows('I met Ana Silva\nBeacon Labs - CFO', ['Ana Silva', 'Beacon Labs'])).toHaveLength(2);
    expect(windows('Ana Silva\nBeacon Labs hired her.', ['Ana Silva', 'Beacon Labs'])).toHaveLength(2);
  });
});
