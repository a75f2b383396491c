// Medical specialties are fields (concepts.json), not organizations: a ward or a department named by its specialty
// ("Mei Chen from Oncology", "(Night shift, Oncology)") is nobody's employer.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('lexicon: medical specialties', () => {
  it.each([
    ['Then Rosa Quint from Oncology called me.', 'oncology'],
    ['I trained in Paediatrics at Leeds.', 'paediatrics'],
    ['She moved to Cardiology last spring.', 'cardiology'],
  ])('%s → %s is a concept', (text, label) => {
    const doc = extractText(`**Host:** Who?\n\n**Peter Orme:** ${text}\n`);
    expect(doc.entities.find((e) => e.label === label)?.type).toBe('concept');
  });

  it('a participant label naming her department gives no WORKS_AT it', () => {
    const text = 'Host — Carla Jimenez (Communications Director, NNA): Questions?\n\nParticipant — Rosa Quint (Night shift, Oncology): Is the mediator involved?\n\nHost — Carla Jimenez (Communications Director, NNA): Yes.\n';
    expect(relationLines(extractText(text, 'webinar')).join(' ')).not.toContain('Oncology');
  });
});
