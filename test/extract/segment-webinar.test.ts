// Webinar and small-podcast layouts: a question read out from the audience ("Question from Anonymous Attendee:"), the
// organiser's notice after the last turn ("Join us next month …, sponsored by …"), and a host presenting the guest
// with "today I'm with …".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const WEBINAR = [
  'Webinar: Water Reuse for Breweries',
  '',
  'Lena Ortiz: Welcome. Karl, Halvard Brewing recycles its rinse water now?',
  '',
  'Karl Baptiste: Since March. We bought the membrane system from Veolia.',
  '',
  'Question from Anonymous Attendee: What did it cost?',
  '',
  'Karl Baptiste: About two million dollars, half of it a state grant.',
  '',
  'Lena Ortiz: Thank you, Karl.',
  '',
  'Join us next month for "Breweries and Heat Pumps", sponsored by Danfoss.',
].join('\n');

describe('a webinar: audience questions and the organiser\'s notice', () => {
  const doc = extractText(WEBINAR, 'webinar');
  it('"Question from Anonymous Attendee:" is narration of its own, not the last answer\'s words nor a speaker', () => {
    const question = doc.turns.find((t) => t.text.includes('What did it cost?'));
    expect(question).toMatchObject({ kind: 'narration', speaker: null });
    expect(doc.turns.find((t) => t.text.includes('Veolia'))?.text).toBe('Since March. We bought the membrane system from Veolia.');
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['Karl Baptiste', 'Lena Ortiz']);
  });

  it('"Join us next month …, sponsored by …" after the last turn is no part of it', () => {
    expect(doc.turns.filter((t) => t.kind === 'turn').at(-1)?.text).toBe('Thank you, Karl.');
    expect(doc.turns.at(-1)).toMatchObject({ kind: 'boilerplate' });
  });
});

describe('a host presenting the guest: "today I\'m with …"', () => {
  it('makes the one who says it the host and the one named the guest', () => {
    const doc = extractText(
      [
        'Rooftop Bees, Episode 4',
        '',
        "[Ida] Welcome back. I'm Ida Lindqvist, and today I'm with Marcus Oyelaran, who keeps bees on hotel roofs in Leeds.",
        '',
        '[Marcus] Thanks, Ida. We have forty hives now.',
        '',
        '[Ida] Who buys the honey?',
        '',
        '[Marcus] The hotels, mostly.',
      ].join('\n'),
      'bees',
    );
    expect(Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]))).toEqual({ 'Ida Lindqvist': 'host', 'Marcus Oyelaran': 'guest' });
  });
});
