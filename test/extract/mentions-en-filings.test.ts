// Tests for a regulatory application named in a biotech call: "Biologics License Application", "New Drug Application"
// are written works (filings), not organisations (cues.json workHeads).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) =>
  extractText(`**Host:** Go on.\n\n**Helen Okafor:** ${text}\n`).entities.find((e) => e.label === label)?.type;

describe('a regulatory application', () => {
  it.each([
    ['In June the FDA accepted our Biologics License Application for VRD-201.', 'Biologics License Application'],
    ['We filed a New Drug Application in March.', 'New Drug Application'],
  ])('%s → %s is a work', (text, label) => {
    expect(typeOf(text, label)).toBe('work');
  });
});
