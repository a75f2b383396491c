// Tests for personal names with two lower-case particles ("Micky van de Ven", "Rafael van der Vaart", "Maria de la
// Cruz"): one person, not a first name and a stray surname typed as a company.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`**Host:** ${text}\n\n**Guest:** Thanks.\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('two name particles inside a personal name', () => {
  it.each([
    ['Micky van de Ven went off injured in the second half.', 'Micky van de Ven'],
    ['Rafael van der Vaart scored twice that night.', 'Rafael van der Vaart'],
    ['I spoke to Maria de la Cruz about the budget.', 'Maria de la Cruz'],
    ['Our coach, Jonas von der Heide, disagreed.', 'Jonas von der Heide'],
  ])('%s → %s', (text, name) => {
    const found = labels(text);
    expect(found).toContain(`person ${name}`);
    expect(found.filter((l) => l.startsWith('organization'))).toEqual([]);
  });

  it('one particle still works, and "of the" joins nothing ("Bank of the West")', () => {
    expect(labels('Virgil van Dijk played the full game.')).toContain('person Virgil van Dijk');
    expect(labels('We bank with Bank of the West now.')).not.toContain('person Bank of the West');
  });
});
