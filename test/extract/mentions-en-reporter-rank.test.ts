// Tests for a newsroom's job before a name (extract/stages/mentions/latin.ts RANK_WORD, RANK_HEAD): in "Reporter
// Miguel Santos of member station KCHO went to see it" the person is Miguel Santos.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe('Reporter, Correspondent before a name', () => {
  it.each([
    ['HOST: Reporter Miguel Santos of member station KCHO went to see it.', 'Miguel Santos', 'Reporter Miguel Santos'],
    ['HOST: Correspondent Laura Whitby has the story from Lagos.', 'Laura Whitby', 'Correspondent Laura Whitby'],
  ])('%s', (text, name, joined) => {
    const found = labels(text);
    expect(found).toContain(name);
    expect(found).not.toContain(joined);
  });
});
