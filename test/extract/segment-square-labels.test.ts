// Speaker labels in square brackets, as some transcription tools write them: "[Maya Chen] We build robots."
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const rows = (text: string) => extractText(text).turns.map((t) => `${t.kind} ${t.speakerLabel ?? '-'}: ${t.text}`);

describe('segment: [Name] labels', () => {
  it('reads "[Interviewer]" and "[Maya Chen]" as speakers', () => {
    const text = [
      '[Interviewer] Thanks for joining. What does Lumenza build?',
      '',
      '[Maya Chen] We build warehouse robots. Amazon is our biggest customer.',
      '',
      '[Interviewer] And next year?',
      '',
      '[Maya Chen] A new plant in Ohio.',
    ].join('\n');
    expect(rows(text)).toEqual([
      'turn Interviewer: Thanks for joining. What does Lumenza build?',
      'turn Maya Chen: We build warehouse robots. Amazon is our biggest customer.',
      'turn Interviewer: And next year?',
      'turn Maya Chen: A new plant in Ohio.',
    ]);
    expect(extractText(text).speakers.map((s) => s.label).sort()).toEqual(['Host (host)', 'Maya Chen']);
  });

  it('sound cues, footnotes and links in brackets are no speakers', () => {
    const text = [
      '**Host:** Welcome back.',
      '',
      '[Laughter] That was a long week.',
      '',
      '[Laughter] Anyway, on to the news.',
      '',
      '[1] The figures are from the annual report.',
      '',
      '[1] Second footnote.',
      '',
      '[Our report](https://example.com/report) is online.',
      '',
      '**Host:** Thanks for listening.',
    ].join('\n');
    const speakers = extractText(text).speakers.map((s) => s.label);
    expect(speakers).toEqual(['Host (host)']);
    expect(rows(text).filter((r) => r.includes('Laughter')).every((r) => !r.startsWith('turn Laughter'))).toBe(true);
  });
});
