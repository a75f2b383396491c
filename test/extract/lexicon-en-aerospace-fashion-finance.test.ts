// Tests for English lexicon entries (extract/data/lexicon/organizations.json) met in an aviation safety panel, a
// fashion-resale interview, a climate-finance chat, a game-studio postmortem and a biotech call: companies that open a
// sentence ("Airbus is testing …") or look like a personal name ("Thoma Bravo", "Louis Vuitton").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('companies the lexicon knows', () => {
  it.each([
    ['Airbus is testing an autonomous taxi system.', 'Airbus'],
    ['Boeing capped production this year.', 'Boeing'],
    ['Jeppesen was sold to Thoma Bravo in 2025.', 'Thoma Bravo'],
    ['Standard Chartered backed the taskforce.', 'Standard Chartered'],
    ['Barclays followed in Europe.', 'Barclays'],
    ['I watched Louis Vuitton destroy inventory every season.', 'Louis Vuitton'],
    ['Kering invested in our Series A.', 'Kering'],
    ['We hired a lead from Naughty Dog last year.', 'Naughty Dog'],
    ['Takeda paid the milestone in June.', 'Takeda'],
    ['Genentech trained half of our team.', 'Genentech'],
    ['Lockheed Martin builds the airframe.', 'Lockheed Martin'],
  ])('%s → %s is an organization', (text, label) => {
    expect(typeOf(text, label)).toBe('organization');
  });

  it('波音 and 汇丰 name Boeing and HSBC in Chinese text', () => {
    const labels = extractText('**嘉宾：** 波音和汇丰都在名单上。\n\n**主持人：** 谢谢。\n').entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Boeing', 'HSBC']));
  });
});
