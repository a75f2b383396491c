// Script-style transcripts: the speaker's name in capitals on its own line, the words on the lines below it.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const rows = (text: string) => extractText(text).turns.map((t) => `${t.kind} ${t.speakerLabel ?? '-'}: ${t.text}`);

describe('segment: NAME in capitals over its words', () => {
  it('reads INTERVIEWER and TOMASZ NOWAK as speakers, their words below them', () => {
    const text = [
      'Interview with Tomasz Nowak, CTO of Vistula AI',
      '',
      'INTERVIEWER',
      'Why did you start Vistula AI?',
      '',
      'TOMASZ NOWAK',
      'Because Polish needed its own model. We trained Bielik',
      'on Polish data with help from Cyfronet.',
      '',
      'INTERVIEWER',
      'And funding?',
      '',
      'TOMASZ NOWAK',
      'The EU funded part of it.',
    ].join('\n');
    expect(rows(text)).toEqual([
      'turn INTERVIEWER: Why did you start Vistula AI?',
      'turn TOMASZ NOWAK: Because Polish needed its own model. We trained Bielik on Polish data with help from Cyfronet.',
      'turn INTERVIEWER: And funding?',
      'turn TOMASZ NOWAK: The EU funded part of it.',
    ]);
    expect(extractText(text).speakers.map((s) => s.label).sort()).toEqual(['Host (host)', 'Tomasz Nowak']);
  });

  it('a heading in capitals over a paragraph, said once, is no speaker', () => {
    const text = ['**Host:** Welcome.', '', '**Guest:** Thanks.', '', 'BACKGROUND', 'The company was founded in 2019 in Krakow.', '', '**Host:** Next question.'].join('\n');
    expect(extractText(text).speakers.map((s) => s.label)).not.toContain('Background');
    expect(rows(text).some((r) => r.includes('The company was founded in 2019'))).toBe(true);
  });
});
