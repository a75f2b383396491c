// Tests for a title-case name after a capitalised "The" ("welcome back to The Particle Hour", "The Kestrel Review
// said"): a show's or publication's title, never a person, as after a lower-case "the" already.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) =>
  extractText(`**Ravi Menon:** ${text}\n\n**Clare Dunne:** Thanks, Ravi.\n`).entities.find((e) => e.label === label)?.type;

describe('a name after a capitalised "The" is no person', () => {
  it.each([
    ['Welcome back to The Particle Hour, everyone.', 'Particle Hour'],
    ['We were reviewed in The Kestrel Review last week.', 'Kestrel Review'],
    ['*The Particle Hour is a production of Pocket Science Media.*', 'Particle Hour'],
  ])('%s → %s', (text, label) => {
    expect(typeOf(text, label)).not.toBe('person');
  });

  it('a person after "The" in a name\'s own words stays one ("Then Maya Chen called")', () => {
    expect(typeOf('Then Maya Chen called me back.', 'Maya Chen')).toBe('person');
  });
});
