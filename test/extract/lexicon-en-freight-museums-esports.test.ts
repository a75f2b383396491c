// Tests for English lexicon entries met in a deposition on trucking, a museum talk, an insurance earnings call, a
// climate-tech panel and an esports cast: carriers whose names read as people (Heartland Express, Knight-Swift
// Transportation), museums read as places, firms, teams.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('carriers, museums, firms and teams the lexicon knows', () => {
  it.each([
    ['Our terminal was bought by Heartland Express in 2023.', 'Heartland Express', 'organization'],
    ['Knight-Swift Transportation made an offer first.', 'Knight-Swift Transportation', 'organization'],
    ['Before that I drove for J.B. Hunt out of Lowell.', 'J.B. Hunt', 'organization'],
    ['We were recorded at the Metropolitan Museum of Art, New York.', 'Metropolitan Museum of Art', 'organization'],
    ['She trained at the V&A in London.', 'Victoria and Albert Museum', 'organization'],
    ['The loans from the Hermitage Museum were withdrawn.', 'State Hermitage Museum', 'organization'],
    ['Boston Metal spun out of MIT in 2013.', 'Boston Metal', 'organization'],
    ['Breakthrough Energy Ventures led the round.', 'Breakthrough Energy Ventures', 'organization'],
    ['The rate filing is with Caltrans now.', 'Caltrans', 'government'],
    ['Razork came over from MAD Lions this split.', 'MAD Lions', 'organization'],
    ['Skanska USA is the general contractor.', 'Skanska', 'organization'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
