// Tests for Chinese ownership rules of extract/data/relations.json told the other way round: a company acquired in the
// passive (Y被X收购).
import { describe, expect, it } from 'vitest';
import { relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(`主持人：说说这家公司？\n\n王磊：${text}`, 'ownership.zh', 'han');

describe('acquired, in the passive: Y被X收购', () => {
  it.each([
    ['搜狗后来被腾讯收购了。', '腾讯 -ACQUIRED-> 搜狗'],
    ['2014年，DeepMind被谷歌以4亿英镑收购。', '谷歌 -ACQUIRED-> Google DeepMind'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a minority stake taken is no acquisition: 快手被腾讯收购了5%的股份', () => {
    const found = relationsOf('快手被腾讯收购了5%的股份。');
    expect(found, found.join('\n')).not.toContain('腾讯 -ACQUIRED-> 快手');
  });
});
