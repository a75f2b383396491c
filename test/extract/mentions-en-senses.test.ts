// Tests for English words that look like names in another sense (extract/stages/mentions/standards.ts filings,
// mentions/lexmatch.ts other senses of a lexicon alias): "Form 10-K" is a filing, "DC links" carry direct current.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../extract/types.ts';
import { extractText } from './extract-text.ts';

const entities = (text: string): Entity[] => extractText(text, 'doc').entities;
const labels = (es: Entity[]) => es.map((e) => `${e.label} (${e.type})`);

describe('a filing is a document, not an organization "Form"', () => {
  it('Form 10-K, Form 8-K, Form S-1 and Schedule 13D are works', () => {
    const es = entities('Analyst: In your Form 10-K you flagged the risk. Was it in the Form 8-K too, or only in the Form S-1? The fund filed a Schedule 13D.');
    expect(labels(es)).toEqual(expect.arrayContaining(['Form 10-K (work)', 'Form 8-K (work)', 'Form S-1 (work)', 'Schedule 13D (work)']));
    expect(es.some((e) => e.label === 'Form' || e.label === 'Schedule')).toBe(false);
  });
});

describe('DC as direct current is no place', () => {
  it('high-voltage DC links, a DC grid and DC fast charging name no Washington, D.C.', () => {
    const es = entities('Guest: We build high-voltage DC links between Spain and France. A DC grid loses less, and DC fast charging needs AC/DC converters.');
    expect(es.some((e) => e.label === 'Washington, D.C.')).toBe(false);
    expect(labels(es)).toEqual(expect.arrayContaining(['Spain (place)', 'France (place)']));
  });

  it('DC the city is still Washington, D.C.', () => {
    const es = entities('Guest: I flew to DC last week to meet the lobbyists, and in DC, everyone talks about chips.');
    expect(es.find((e) => e.label === 'Washington, D.C.')?.type).toBe('place');
  });
});

describe('a known name inside another product\'s versioned name', () => {
  it('"骁龙8 Gen 3", "Snapdragon 8 Gen 3" hold no Gen-3 model; Runway 的 Gen 3 and "3 tokens" still count', () => {
    const es = entities('嘉宾：在骁龙8 Gen 3上可以跑二十个token，Snapdragon 8 Gen 3 也行。Runway 的 Gen 3 很好，输出 3 tokens。');
    const gen3 = es.find((e) => e.label === 'Gen-3 Alpha');
    expect(gen3?.mentions.length).toBe(1);
    expect(es.find((e) => e.label === 'tokens')?.mentions.length).toBe(2);
  });
});

describe('a hyphenated phrase of everyday speech is no topic', () => {
  it.each([
    ["Operator: That concludes today's question-and-answer session.\n\nErik: Thanks. Growth was 12% quarter-over-quarter and we built a one-of-a-kind plant.", ['question-and-answer', 'quarter-over-quarter', 'one-of-a-kind']],
  ])('%s', (text, phrases) => {
    const found = labels(entities(text));
    for (const p of phrases) expect(found, found.join(', ')).not.toContain(`${p} (concept)`);
  });
});
