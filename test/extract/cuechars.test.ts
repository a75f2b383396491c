// Tests for extract/stages/relations/cuechars.ts: the characters a cue group needs may only turn away sentences the
// regex would not match (never one it matches), and do turn away sentences lacking the cue words.
import { describe, expect, it } from 'vitest';
import { CharPresence, charNeeds } from '../../extract/stages/relations/cuechars.ts';
import { planRule } from '../../extract/stages/relations/plan.ts';
import { loadRelationRules } from '../../extract/rules.ts';

const possible = (source: string, text: string, flags = 'iu') => {
  const needs = charNeeds(new RegExp(source, flags));
  return needs === null || new CharPresence().satisfies(text, needs);
};

describe('charNeeds', () => {
  // [cue source, text, the regex matches it, the needs let it through]
  const table: [string, string, boolean, boolean][] = [
    ['(?:首席执行官|CEO|执行长)', '他是这家公司的首席执行官', true, true],
    ['(?:首席执行官|CEO|执行长)', '他是这家公司的创始人', false, false],
    ['(?:首席执行官|CEO|执行长)', 'she is the ceo', true, true],
    ['(?:co-?founded|founded)', 'He Co-Founded it', true, true],
    ['(?:co-?founded|founded)', 'he funded it', false, false],
    ['(?:ab|d)c', 'xabcx', true, true],
    ['(?:ab|d)c', 'xadcx', true, true],
    ['(?:a?b)c', 'bc', true, true],
    ['(?:x{0,2}y)', 'y', true, true],
    ['(?:\\s+have|\\s+got)', 'we have', true, true],
    ['(?:\\s+have|\\s+got)', 'we hve a vase', false, false],
    // Case folding beyond ASCII: KELVIN SIGN and LONG S match k and s under the i and u flags.
    ['(?:kelvin)', '\u212Aelvin', true, true],
    ['(?:ask)', 'a\u017F\u212A', true, true],
    // Unread syntax needs nothing: the regex decides.
    ['(?:\\p{Lu}x)', 'Ax', true, true],
    ['(?:[,，]\\s*who)', '，who', true, true],
    ['(?:(?=ab)a|q)', 'ab', true, true],
  ];
  it.each(table)('%s on %s', (source, text, matches, through) => {
    expect(new RegExp(source, 'iu').test(text)).toBe(matches);
    expect(possible(source, text)).toBe(through);
  });

  it('never turns away a sentence a bundled cue matches', () => {
    // Rules share cues (900 cues, 620 regexes) and cues share words: each regex and each word once, so the check
    // (every word against every cue) stays quick as rules are added.
    const cues = [...new Map(loadRelationRules().patterns.flatMap((rule) => planRule(rule).cues).map((cue) => [`${cue.regex.flags}/${cue.regex.source}`, cue])).values()];
    const words = [...new Set(cues.flatMap((cue) => cue.regex.source.replace(/^\(\?:|\)$/g, '').split('|')).filter((w) => /^[\p{L} ]+$/u.test(w)))];
    expect(words.length).toBeGreaterThan(100);
    const presence = new CharPresence();
    let matched = 0;
    for (const [i, word] of words.entries()) {
      const text = `前文 ${word.toUpperCase()} ${words[(i * 7) % words.length]} 后文`;
      for (const cue of cues) {
        if (!cue.regex.test(text)) continue;
        matched++;
        expect(cue.needs === null || presence.satisfies(text, cue.needs), `${cue.regex.source} on ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(words.length);
  });
});
