// Tests for labels naming an office or a part and the person in it (segment/roles.ts officeHolderName): a meeting
// record's "Hon. Treasurer (Denise Hollins):" and a webinar's "Host — Carla Jimenez (Communications Director, NNA):".
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const speakersOf = (text: string) => {
  const doc = extractText(text, 'offices');
  return doc.turns.filter((t) => t.kind === 'turn').map((t) => doc.speakers.find((s) => s.key === t.speaker)?.label ?? null);
};

describe('an office, then the person holding it', () => {
  it('"Hon. Treasurer (Denise Hollins):", "Member (Keith Arbuthnot):" in a club\'s AGM are those people, each their own', () => {
    const text = [
      'Chair (Alan Pettigrew): Good evening. Denise, the accounts.',
      '',
      'Hon. Treasurer (Denise Hollins): Bar takings were up eleven per cent.',
      '',
      'Member (Keith Arbuthnot): Is the grant confirmed?',
      '',
      'Hon. Treasurer (Denise Hollins): It is, Keith.',
      '',
      'Director of Coaching (Colin Marsh): We finished third this season.',
      '',
      'Member (Jenny Rowe): Can we start a second team?',
    ].join('\n');
    expect(speakersOf(text)).toEqual(['Alan Pettigrew', 'Denise Hollins', 'Keith Arbuthnot', 'Denise Hollins', 'Colin Marsh', 'Jenny Rowe']);
  });

  it('an office noun vouches for a first name compromise does not know ("Hon. Secretary (Rav Sandhu):"); a bare part does not', () => {
    const text = [
      'Chair (Alan Pettigrew): Minutes of the last meeting, please.',
      '',
      'Hon. Secretary (Rav Sandhu): They were circulated in March.',
      '',
      'Club Captain (Tarek Olufemi): The pitch is booked until June.',
      '',
      'Hon. Secretary (Rav Sandhu): Noted.',
    ].join('\n');
    expect(speakersOf(text)).toEqual(['Alan Pettigrew', 'Rav Sandhu', 'Tarek Olufemi', 'Rav Sandhu']);
  });

  it('"Host — Name (Title, Org):", "Speaker — Name, RN (…):", "Participant — Name (…):" on a webinar are those people', () => {
    const text = [
      'Host — Carla Jimenez (Communications Director, NNA): Thanks for joining. Over to our negotiator.',
      '',
      'Speaker — Deb Kowalski, RN (Chief Negotiator, NNA): Thanks, Carla. Here is where we are.',
      '',
      'Participant — Tyrone Beckles (Riverside Campus): Deb, is the mediator still involved?',
      '',
      'Speaker — Deb Kowalski, RN (Chief Negotiator, NNA): Yes, at every session.',
    ].join('\n');
    const doc = extractText(text, 'webinar');
    expect(speakersOf(text)).toEqual(['Carla Jimenez', 'Deb Kowalski', 'Tyrone Beckles', 'Deb Kowalski']);
    expect(relationLines(doc)).toContain('Carla Jimenez -INTERVIEWS-> Deb Kowalski');
  });

  it('a name and a firm after the dash stay a name and a firm ("Vivek Arya — Bank of America:")', () => {
    const text = 'Operator: Next question.\n\nVivek Arya — Bank of America: How is demand?\n\nJane Doe: Strong.\n\nVivek Arya — Bank of America: Thanks.';
    expect(speakersOf(text)).toContain('Vivek Arya');
  });
});
