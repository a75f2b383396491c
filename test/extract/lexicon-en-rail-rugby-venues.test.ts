// Tests for English lexicon entries met in a rail inquiry, a rugby club's AGM, a commencement Q&A and a climate panel:
// contractors and train operators, a union, sports bodies and clubs, research institutes, a venue.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('contractors, operators, unions, clubs and venues the lexicon knows', () => {
  it.each([
    ['Before that I worked for Balfour Beatty on the viaduct.', 'Balfour Beatty', 'organization'],
    ['I was Head of Engineering at Great Western Railway for six years.', 'Great Western Railway', 'organization'],
    ['The drivers are represented by the Rail, Maritime and Transport Workers.', 'National Union of Rail, Maritime and Transport Workers', 'organization'],
    ['Sport England confirmed the grant for the floodlights.', 'Sport England', 'organization'],
    ['Tom Beddoe has signed for Bath Rugby.', 'Bath Rugby', 'organization'],
    ['I did a postdoc at the Pasteur Institute in Paris.', 'Institut Pasteur', 'organization'],
    ['At Wellcome we backed the work early.', 'Wellcome Trust', 'organization'],
    ['The forum met at Marina Bay Sands this year.', 'Marina Bay Sands', 'place'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
