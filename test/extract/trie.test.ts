// Tests for extract/stages/mentions/trie.ts through the pipeline: where a lexicon name may be written with spaces it
// lacks ("Frontier Math"), and where not ("I ran" is no Iran); a name's closing dot stays in its span ("Washington D.C.").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

/** Every mention's surface, as "label=surface". */
function surfaces(text: string): string[] {
  const doc = extractText(text, 'doc');
  const label = new Map(doc.entities.map((e) => [e.key, e.label]));
  const turn = new Map(doc.turns.map((t) => [t.id, t.text]));
  return doc.mentions.map((m) => `${label.get(m.entity)}=${turn.get(m.turn)!.slice(m.start, m.end)}`);
}

describe('a space inside a lexicon name', () => {
  it.each([
    ['Before that I ran finance for the grid business.', 'Iran=I ran'],
    ['Sometimes I ran the numbers twice.', 'Iran=I ran'],
  ])('%s has no %s', (text, wrong) => {
    expect(surfaces(text)).not.toContain(wrong);
  });

  it.each([
    ['Scores on Frontier Math went up.', 'FrontierMath=Frontier Math'],
    ['She left Open AI last year.', 'OpenAI=Open AI'],
    ['Sanctions on Iran were lifted.', 'Iran=Iran'],
  ])('%s has %s', (text, right) => {
    expect(surfaces(text)).toContain(right);
  });
});

describe("a lexicon name's closing dot", () => {
  it.each([
    ['Last month I testified in Washington D.C. about permitting.', 'Washington, D.C.=Washington D.C.'],
    ['We sell most of them in the U.S. Europe is next.', 'United States=U.S.'],
    ['We sell most of them in the US. Europe is next.', 'United States=US'],
  ])('%s → %s', (text, right) => {
    expect(surfaces(text)).toContain(right);
  });
});
