// Tests for an inquiry's Q. questions (speakers.ts examinersOf): "Questions by COUNSEL TO THE INQUIRY" with "MR OWEN
// PELLOW KC, Counsel to the Inquiry" in the appearances makes Owen Pellow the one who asks; two examiners, no one.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const record = (questions: string) => `THE WESTMERE DAM INQUIRY

Appearances:
MR OWEN PELLOW KC, Counsel to the Inquiry
MS JUNE HARLOW, for Westmere Water Limited

MR PELLOW: Good morning. The Inquiry calls Ms Ruth Abernathy.

MS RUTH ABERNATHY (affirmed)

${questions}

Q. Ms Abernathy, what was your role in 2020?

A. I was the reservoir safety engineer for the county.

Q. Who inspected the spillway?

A. A contractor, every spring.
`;

const asker = (text: string) => {
  const doc = extractText(text, 'inquiry');
  const key = doc.turns.find((t) => t.speakerLabel === 'Q')?.speaker;
  return doc.speakers.find((s) => s.key === key)?.label;
};

describe('speakers: who asks the Q. questions of an inquiry', () => {
  it('counsel to the inquiry, as the appearances name them', () => {
    expect(asker(record('Questions by COUNSEL TO THE INQUIRY'))).toBe('Owen Pellow');
  });

  it('the counsel a "Questions by MR …" line names', () => {
    expect(asker(record('Questions by MR PELLOW'))).toBe('Owen Pellow');
  });

  it('no one when two examiners are named', () => {
    expect(asker(record('Questions by COUNSEL TO THE INQUIRY\n\nQuestions by MS HARLOW'))).toBe('Host (host)');
  });
});
