import { describe, expect, it } from 'vitest';
import { allMatches, native } from '../../extract/regex.ts';

const texts = ['', 'Sam Altman and Terence Tao met at OpenAI.', '陶哲轩和 Sam Altman 在 OpenAI 见面。', 'a😀b😀c', 'no capitals here'];

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches and astral characters included', () => {
    for (const source of ['\\p{Lu}\\p{Ll}+', '(?:)', '\\p{Script=Han}+', '.', 'x*']) {
      for (const flags of ['g', 'gu']) {
        const regex = new RegExp(source, flags);
        for (const text of texts) {
          const expected = [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m[0]]);
          expect(allMatches(regex, text).map((m) => [m.index, m[0]])).toEqual(expected);
          expect(regex.lastIndex).toBe(0);
        }
      }
    }
  });

  it('refuses a regex without the g flag, which would loop for ever', () => {
    expect(() => allMatches(/a/u, 'aaa')).toThrow(/no g flag/);
  });
});

describe('native', () => {
  it('leaves a global regex where it was, so a scan under way goes on from the same place', () => {
    const regex = /\p{Lu}\p{Ll}+/gu;
    regex.lastIndex = 4;
    native(regex);
    expect(regex.lastIndex).toBe(4);
    expect(regex.exec(texts[1])?.[0]).toBe('Altman');
  });

  it('changes no match of the patterns it runs first', () => {
    for (const source of ['^(\\p{Script=Han}{1,4})[（(]([^（）()]{2,12})[）)]$', '\\b(?:[Ww]e|I)\\s+(?:met|saw)\\b', '(?<name>\\p{Lu}\\p{Ll}+)(?= and)']) {
      for (const text of [...texts, '陶哲轩（数学家）']) {
        const fresh = new RegExp(source, 'gu');
        const primed = new RegExp(source, 'gu');
        native(primed);
        native(primed); // twice: the second is a look-up
        expect(allMatches(primed, text).map((m) => [m.index, m[0], { ...m.groups }])).toEqual(allMatches(fresh, text).map((m) => [m.index, m[0], { ...m.groups }]));
      }
    }
  });
});
