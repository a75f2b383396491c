// Tests for the zh-i-work-at and zh-i-worked-at rules of extract/data/relations.json on a job told with its past
// time first: "2011年的时候，我在谷歌做搜索", "那时候我在百度" are jobs the speaker had, not the one they have.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (words: string): string => `主持人：说说您的经历。\n\n阳萌：${words}\n\n主持人：好的。\n\n阳萌：谢谢。`;

describe('a job told after a past time', () => {
  it.each([
    ['2011年的时候，我在谷歌做搜索算法。', '阳萌 -WORKED_AT-> 谷歌'],
    ['2008年时我在百度做产品。', '阳萌 -WORKED_AT-> 百度'],
    ['那时候，我在腾讯做游戏。', '阳萌 -WORKED_AT-> 腾讯'],
  ])('%s', (words, expected) => {
    const found = relationsOf(turn(words), 'past.zh', 'han');
    expect(found, found.join('\n')).toContain(expected);
    expect(found, found.join('\n')).not.toContain(expected.replace('WORKED_AT', 'WORKS_AT'));
  });

  it('a job now stays one: "我现在在腾讯做游戏"', () => {
    expect(relationsOf(turn('我现在在腾讯做游戏。'), 'past.zh', 'han')).toContain('阳萌 -WORKS_AT-> 腾讯');
  });
});
