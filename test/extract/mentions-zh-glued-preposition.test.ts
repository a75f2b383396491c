// Tests for extract/stages/mentions/zh.ts discoverChinese on a name whose surname the tagger glued to the preposition
// before it (由郎/x 咸朋/x 负责): the surname and the word after it are one full name, 郎咸朋.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const people = (text: string): string[] => extractText(text, 'glued.zh').entities.filter((e) => e.type === 'person').map((e) => e.label);

describe('a preposition glued to a surname', () => {
  it('由郎咸朋负责 → 郎咸朋', () => {
    const found = people('主持人：智驾团队有变化吗？\n\n嘉宾：智能驾驶团队现在由郎咸朋负责，团队很稳定。');
    expect(found).toContain('郎咸朋');
    expect(found.filter((n) => n.startsWith('由'))).toEqual([]);
  });

  it('由詹锟负责, where the tagger keeps 由 apart, still gives 詹锟', () => {
    expect(people('主持人：谁负责？\n\n嘉宾：另外我们在上海成立了一个具身智能研究院，由詹锟负责。')).toContain('詹锟');
  });
});
