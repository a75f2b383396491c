// Tests for a magazine Q&A whose bolded prompts are sometimes statements ("**You also teach.**"; extract/stages/segment/
// questions.ts assignAnswers): once bolded questions are the layout, a bolded statement after the first prompts an answer.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const QA = `**The Music Desk | Interview**

Odile Marchetti became music director of the Cleveland Orchestra in September.

**You arrived in Cleveland after eight years in Gothenburg. What surprised you?**

The size of the audience for new music.

**Your contract with Deutsche Grammophon was renewed this year.**

Yes. We are recording all the Bruckner symphonies.

**You also teach.**

I teach conducting at the Cleveland Institute of Music.

**What is next?**

A tour of Japan in 2027.
`;

describe('bolded statements as prompts', () => {
  const doc = extractText(QA, 'prompts');
  const turn = (start: string) => doc.turns.find((t) => t.text.startsWith(start));

  it('are the interviewer\'s, and the paragraph below each is an answer of its own', () => {
    expect(turn('You also teach.')?.kind).toBe('turn');
    expect(turn('You also teach.')?.speaker).toBe(turn('What is next?')?.speaker);
    expect(turn('I teach conducting')?.speaker).toBe(turn('A tour of Japan')?.speaker);
    expect(turn('The size of the audience')?.text).toBe('The size of the audience for new music.');
  });

  it('the bolded headline above the first question stays narration', () => {
    expect(turn('The Music Desk | Interview')?.kind).toBe('narration');
  });
});
