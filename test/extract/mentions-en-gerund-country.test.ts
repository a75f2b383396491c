// Tests for a campaign or charity named by a verb's -ing form and a country ("Rewiring America", "Feeding America",
// "Rebuilding Ukraine"): an organisation, as "Genomics England" is, not a place.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Host:** Go on.\n\n**Aisha Khan:** ${text}\n`).entities.find((e) => e.label === label)?.type;

describe('an -ing word and a country', () => {
  it.each([
    ['And follow Rewiring America, which Saul co-founded.', 'Rewiring America'],
    ['We donate to Feeding America every year.', 'Feeding America'],
    ['She now advises Rebuilding Ukraine on grants.', 'Rebuilding Ukraine'],
  ])('%s → %s', (text, label) => {
    expect(typeOf(text, label)).toBe('organization');
  });

  it('a country after a place stays a place ("Beijing, China" is no organisation)', () => {
    expect(typeOf('We opened in Beijing China last year.', 'Beijing China')).not.toBe('organization');
  });
});
