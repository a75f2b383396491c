// Credit lines before the talk ("**Guest:** Nadia Brennan, president of …", "Transcript. Host: Priya Natarajan.
// Guest: …") introduce the speakers: they are narration, not turns of people called "Guest" or "Transcript. Host".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const speakers = (text: string, id: string) => extractText(text, id).speakers.map((s) => [s.label, s.role]).sort();

describe('segment: credit lines before the talk', () => {
  it('bold "Guest:" / "Interviewer:" credits with a long description name the two speakers', () => {
    const text = [
      '**Music Business Weekly — Interview**',
      '',
      '**Guest:** Nadia Brennan, president of Halfmoon Records, a Universal Music Group label',
      '**Interviewer:** Owen Pryce',
      '',
      '**Owen Pryce:** Nadia, congratulations on the Grammys.',
      '',
      '**Nadia Brennan:** Thank you. It is our first Grammy since 2015.',
      '',
      '**Owen Pryce:** You started at Sony Music?',
      '',
      '**Nadia Brennan:** At Columbia Records, yes.',
    ].join('\n');
    expect(speakers(text, 'music')).toEqual([
      ['Nadia Brennan', 'guest'],
      ['Owen Pryce', 'host'],
    ]);
  });

  it('"Transcript. Host: … Guest: …" is one credits sentence, not a speaker "Transcript. Host"', () => {
    const text = [
      '# The Health Service Podcast — Episode 47',
      '',
      "Transcript. Host: Priya Natarajan. Guest: Dr Helen Okafor, chief executive of Guy's and St Thomas'.",
      '',
      'PRIYA NATARAJAN: Helen, welcome to the programme.',
      '',
      'HELEN OKAFOR: Thank you, Priya.',
      '',
      'PRIYA NATARAJAN: You took over the trust eighteen months ago.',
      '',
      'HELEN OKAFOR: That is right.',
    ].join('\n');
    expect(speakers(text, 'nhs')).toEqual([
      ['Helen Okafor', 'guest'],
      ['Priya Natarajan', 'host'],
    ]);
  });

  it('"Dr. Marsh:" and "Prof. Mehta:" (titles with a period) are still labels', () => {
    const text = ['Dr. Marsh: Thank you, Chair.', '', 'Prof. Mehta: MedQA, mostly.', '', 'Dr. Marsh: Agreed.', '', 'Prof. Mehta: Thanks.'].join('\n');
    expect(extractText(text, 'titles').turns.filter((t) => t.kind === 'turn')).toHaveLength(4);
  });
});
