// documentHints and shortenTitle (web/src/graph/names.ts): which entries get their document beside the label, and
// how a long title is cut. Table-driven; the inputs are not changed.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../src/model.ts';
import { documentHints, shortenTitle, type Named } from '../../web/src/graph/names.ts';

const doc = (id: string, title: string): DocumentInfo => ({ id, title, source: `${id}.md`, lang: 'en' });
const DOCS = [
  doc('a', 'Inside Google DeepMind: a conversation about chain of thought'),
  doc('b', 'Inside Google DeepMind: a conversation about scaling laws'),
  doc('c', '独家对话约书亚·本吉奥：解读o1，思维链或将提前到来'),
  doc('d', 'Same title'),
  doc('e', 'Same title'),
];
const guest = (key: string, ...documents: string[]): Named => ({ key, label: 'Guest (guest)', documents });

describe('documentHints', () => {
  const cases: [string, Named[], Record<string, string>][] = [
    ['unique labels get no hint', [{ key: 'x', label: 'Ada', documents: ['a'] }, { key: 'y', label: 'Bo', documents: ['a'] }], {}],
    ['titles differing only late are widened until they differ', [guest('g1', 'a'), guest('g2', 'b')], {
      g1: expect.stringMatching(/^Inside Google DeepMind: a conversation about chain/),
      g2: expect.stringMatching(/^Inside Google DeepMind: a conversation about scaling/),
    }],
    ['a long CJK title is cut (a character counts two columns), a short one stays whole', [guest('g1', 'c'), guest('g2', 'd')],
      { g1: expect.stringMatching(/^独家对话约书亚·本吉奥：解读o1[^将]*…$/), g2: 'Same title' }],
    ['the same title twice: the document ids tell them apart', [guest('g1', 'd'), guest('g2', 'e')], { g1: 'd', g2: 'e' }],
    ['several documents: the first, and how many more', [guest('g1', 'd', 'a'), guest('g2', 'c')], { g1: expect.stringMatching(/^Inside Google DeepMind.*\+1$/), g2: expect.any(String) }],
    ['no document: the key', [guest('g1'), guest('g2', 'd')], { g1: 'g1', g2: 'Same title' }],
    ['a hub the payload names the first documents of: the count says how many more', [{ ...guest('g1', 'd', 'a'), documentCount: 2301 }, guest('g2', 'e')],
      { g1: expect.stringMatching(/^Inside Google DeepMind.*\+2300$/), g2: 'Same title' }],
  ];
  it.each(cases)('%s', (_, entries, expected) => {
    const before = JSON.stringify(entries);
    const hints = documentHints(entries, DOCS);
    expect(Object.fromEntries(hints)).toEqual(expected);
    expect(new Set(hints.values()).size).toBe(hints.size);
    expect(JSON.stringify(entries)).toBe(before);
  });
});

describe('shortenTitle', () => {
  it.each([
    ['Small language models on phones', 34, 'Small language models on phones'],
    ['Practical AI: Chris Brennan on building Quarry Robotics', 34, 'Practical AI: Chris Brennan on…'],
    // A CJK character is two columns, "·" one: 访 ends at column 19, 谈 would end at 21.
    ['安德烈·卡帕斯最新访谈：大语言模型、Llama 3与Kyutai的下一步', 20, '安德烈·卡帕斯最新访…'],
  ])('%s (%i columns) → %s', (title, width, expected) => {
    expect(shortenTitle(title, width)).toBe(expected);
  });
});
