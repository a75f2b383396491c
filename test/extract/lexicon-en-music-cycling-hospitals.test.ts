// Tests for English lexicon entries met in a conductor's Q&A, a sports-science podcast, an advisory committee and a
// cricket press conference: a record label, an orchestra, a conservatoire, newspapers, a cycling team, cancer centres.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('labels, orchestras, papers, teams and hospitals the lexicon knows', () => {
  it.each([
    ['Our contract with Deutsche Grammophon was renewed this year.', 'Deutsche Grammophon', 'organization'],
    ['I led the Gothenburg Symphony from 2017 to 2025.', 'Gothenburg Symphony Orchestra', 'organization'],
    ['She studied at the Paris Conservatoire.', 'Conservatoire de Paris', 'organization'],
    ['Elizabeth Ammon writes for The Times.', 'The Times', 'organization'],
    ['Nick Hoult of The Telegraph asked first.', 'The Daily Telegraph', 'organization'],
    ['I run performance science at Team Visma–Lease a Bike.', 'Team Visma–Lease a Bike', 'organization'],
    ['He is a thoracic oncologist at Fred Hutch in Seattle.', 'Fred Hutchinson Cancer Center', 'organization'],
    ['My wife was treated at MD Anderson in Houston.', 'MD Anderson Cancer Center', 'organization'],
    ['I was treated at Karolinska in Stockholm.', 'Karolinska Institutet', 'organization'],
    ['Stage 12 of the Tour de France was brutal.', 'Tour de France', 'event'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
