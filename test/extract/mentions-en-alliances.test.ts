// Tests for organisations named by an alliance, coalition, taskforce, chamber or foundry head word, with the
// "of"/"for" part after it: "Maplewood Chamber of Commerce", "Glasgow Financial Alliance for Net Zero".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`**Host:** Go on.\n\n**Tom Abernathy:** ${text}\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('alliance, coalition, taskforce, chamber and foundry heads', () => {
  it.each([
    ['I speak for the Maplewood Chamber of Commerce tonight.', 'organization Maplewood Chamber of Commerce'],
    ['He chaired the Glasgow Financial Alliance for Net Zero for years.', 'organization Glasgow Financial Alliance for Net Zero'],
    ['We joined the Lakeshore Clean Air Coalition last spring.', 'organization Lakeshore Clean Air Coalition'],
    ['The cleanup was paid by Hartwell Foundry in the end.', 'organization Hartwell Foundry'],
  ])('%s → %s', (text, label) => {
    expect(labels(text)).toContain(label);
  });

  it('"Net Zero" alone is no organisation of its own there', () => {
    expect(labels('He chaired the Glasgow Financial Alliance for Net Zero for years.')).not.toContain('organization Net Zero');
  });
});
