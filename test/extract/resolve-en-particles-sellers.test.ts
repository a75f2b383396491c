// Tests for a first name said alone after a name with particles (extract/stages/resolve.ts nameParts) and for a
// seller after "the acquisition of X from Y" (extract/data/relations.json en-model-by-org): "Hendrik" is Hendrik van
// der Walt; Anglo Minerals released nothing it sold.
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

describe('particles and sellers', () => {
  it('"Hendrik" after "Hendrik van der Walt" is the same person', () => {
    const doc = extractText('Ada Brook: Also on the line is Hendrik van der Walt, who runs our mines.\n\nCallum Fraser: Hendrik has been meeting the communities.\n\nAda Brook: Thanks.');
    const people = doc.entities.filter((e) => e.type === 'person').map((e) => e.label);
    expect(people).toContain('Hendrik van der Walt');
    expect(people).not.toContain('Hendrik');
  });

  it('a seller after "the acquisition of X from Y" released nothing', () => {
    const lines = relationsOf('We closed the acquisition of Kestrel Mining from Anglo Resources Group for $640 million.');
    expect(lines.some((l) => l.includes('-RELEASED->'))).toBe(false);
  });
});
