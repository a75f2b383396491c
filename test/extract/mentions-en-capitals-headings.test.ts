// Tests for a header line written all in capitals: "ANNUAL GENERAL MEETING", "CITY OF MAPLEWOOD" head the transcript
// and name no organisation; a head word of an event still says what a heading names ("GAME DEVELOPERS CONFERENCE").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => `${e.type} ${e.label}`);
const body = '\n\nOperator: Welcome to the call.\n\nDana Price: Thanks. Revenue grew at Tidewell Systems this quarter.\n';

describe('a header line in capitals', () => {
  it.each([
    ['ANNUAL GENERAL MEETING', 'ANNUAL GENERAL MEETING'],
    ['CITY OF MAPLEWOOD\nREGULAR MEETING OF THE CITY COUNCIL', 'MEETING'],
    ['POST-MATCH PRESS CONFERENCE', 'PRESS CONFERENCE'],
    ['QUARTERLY UPDATE FOR SHAREHOLDERS', 'UPDATE'],
  ])('%s names no organisation or event', (header, part) => {
    const found = labels(header + body);
    expect(found.filter((l) => l.includes(part) || l.includes('MAPLEWOOD'))).toEqual([]);
    expect(found).toContain('organization Tidewell Systems');
  });

  it('"GAME DEVELOPERS CONFERENCE 2026 — POSTMORTEM" is an event, not an organisation', () => {
    expect(labels('GAME DEVELOPERS CONFERENCE 2026 — POSTMORTEM' + body).filter((l) => l.includes('CONFERENCE'))).toEqual(['event GAME DEVELOPERS CONFERENCE']);
  });

  it('a name in capitals inside a sentence in lower case is still found ("the ROYAL SOCIETY OF CHEMISTRY team")', () => {
    expect(labels('Header\n\nDana Price: We met the ROYAL SOCIETY OF CHEMISTRY team.\n').join('|')).toMatch(/ROYAL SOCIETY OF CHEMISTRY/i);
  });
});
