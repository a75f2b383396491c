// Role labels (INTERVIEWER / INTERVIEWEE) resolved to the people the intro names in the third person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const speakers = (text: string) => extractText(text).speakers.map((s) => s.label).sort();

describe('speakers: an intro naming "her guest"', () => {
  it.each([
    ['her guest is', 'Moderated by Priya Raman of Canary Media; her guest is Tomás Ortega, CEO of Voltaic Storage.'],
    ['his guest', 'Hosted by Priya Raman. His guest this week: Tomás Ortega of Voltaic Storage.'],
  ])('INTERVIEWEE is the person "%s" names', (_, intro) => {
    const text = [
      '# Fireside chat on grid batteries',
      '',
      intro,
      '',
      'INTERVIEWER: Tomás, thanks for coming. Why Reno?',
      '',
      'INTERVIEWEE: Thanks, Priya. Reno has the workforce.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Priya Raman', 'Tomás Ortega']);
  });
});
