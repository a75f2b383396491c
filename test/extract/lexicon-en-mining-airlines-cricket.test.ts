// Tests for English lexicon entries met in a mining podcast, an airline earnings call, a select committee, a
// fashion interview, a cyber briefing and a cricket podcast: firms and teams whose names read as places or people
// (Rio Tinto, Virgin Atlantic, Kaiser Permanente, Kolkata Knight Riders), and a player whose initials read as a firm.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('miners, carriers, schools and teams the lexicon knows', () => {
  it.each([
    ['Rio Tinto bought the rest of the project in 2022.', 'Rio Tinto', 'organization'],
    ['My first job out of school was with Ivanhoe Mines.', 'Ivanhoe Mines', 'organization'],
    ['Barrick Gold is the other bidder.', 'Barrick Gold', 'organization'],
    ['Teck Resources sold its coal business.', 'Teck Resources', 'organization'],
    ['Our next question comes from Savanthi Syth with Raymond James.', 'Raymond James', 'organization'],
    ['Members include Jet2 and Virgin Atlantic.', 'Virgin Atlantic', 'organization'],
    ['Easyjet said it lost millions.', 'easyJet', 'organization'],
    ['Maria from Kaiser Permanente asks about staging.', 'Kaiser Permanente', 'organization'],
    ['I was still a student at Central Saint Martins then.', 'Central Saint Martins', 'organization'],
    ["Lloyd's market underwriters set the premiums.", "Lloyd's of London", 'organization'],
    ['Film Nation handled international sales.', 'FilmNation Entertainment', 'organization'],
    ['Iyer won the title with Kolkata Knight Riders.', 'Kolkata Knight Riders', 'organization'],
    ['Pant went to Lucknow Super Giants for 27 crore.', 'Lucknow Super Giants', 'organization'],
    ['Chennai Super Kings kept their captain.', 'Chennai Super Kings', 'organization'],
    ['KL Rahul went to Delhi Capitals.', 'KL Rahul', 'person'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
