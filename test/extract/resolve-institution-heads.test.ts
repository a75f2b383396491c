// "the Commission" after "the European Commission": an institution goes by its head word once it has been named.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.filter((e) => !e.speaker).map((e) => `${e.label} [${e.aliases.join(', ')}]`).sort();

describe('resolve: institutions by their head word', () => {
  it('"the Commission" is the European Commission the document names', () => {
    const text = '**Moderator:** Clara leads AI policy at the European Commission.\n\n**Clara Weiss:** The Commission also funds the AI factories.';
    expect(labels(text)).toEqual(['European Commission [Commission]']);
  });

  it('with two parliaments named, "the Parliament" joins neither', () => {
    const text = '**Host:** The European Parliament and the Scottish Parliament both voted.\n\n**Guest:** Then the Parliament changed its mind.';
    const found = labels(text);
    expect(found.filter((l) => l.includes('[Parliament'))).toEqual([]);
  });
});
