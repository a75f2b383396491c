// English regions and cities the lexicon knows (places.json): "the North West", "the South West", Merseyside, Salford
// were organizations; "South East Asia" is Southeast Asia, not the South East and Asia.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entity = (text: string, label: string) => extractText(`**Host:** Where?\n\n**Dave Roe:** ${text}\n`).entities.find((e) => e.label === label);

describe('lexicon: English regions and cities', () => {
  it.each([
    ['We organise right across the North West.', 'North West England'],
    ['Half our members live in the South West.', 'South West England'],
    ['Our depot is in Merseyside.', 'Merseyside'],
    ["I'm a councillor in Salford.", 'Salford'],
    ['We also recruit across South East Asia.', 'Southeast Asia'],
  ])('%s → %s is a place', (text, label) => {
    expect(entity(text, label)?.type).toBe('place');
  });
});
