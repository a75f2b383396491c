// Tests for English lexicon entries (extract/data/lexicon/*.json) met in a UK committee hearing, a New Zealand
// briefing and a games podcast: public bodies, medical benchmarks and games-industry events, each one typed node.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('English public bodies, benchmarks and events the lexicon knows', () => {
  it.each([
    ['The pilots are funded centrally by NHS England this year.', 'NHS England', 'government'],
    ['Most of our work is for the NHS, frankly.', 'National Health Service', 'government'],
    ['UK Research and Innovation funds the ward study.', 'UK Research and Innovation', 'government'],
    ['The tender came from Waka Kotahi in May.', 'Waka Kotahi', 'government'],
    ['Vendors quote MedQA scores in every pitch.', 'MedQA', 'benchmark'],
    ['We also report HealthBench numbers now.', 'HealthBench', 'benchmark'],
    ['We showed the demo at Gamescom in Cologne.', 'Gamescom', 'event'],
    ['It won an award at The Game Awards last December.', 'The Game Awards', 'event'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
