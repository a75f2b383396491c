// Tests for Chinese ownership rules of extract/data/relations.json told the other way round: a company acquired in the
// passive (Y被X收购), a shareholder named as such (X是Y的股东), a company incubated (X孵化的Y, Y是从X孵化出来的).
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

describe('a shareholder: X是Y的股东', () => {
  it.each([
    ['阿里巴巴是月之暗面的股东。', ['阿里巴巴 -INVESTED_IN-> 月之暗面']],
    ['腾讯和阿里巴巴都是小红书的早期投资方。', ['腾讯 -INVESTED_IN-> 小红书', '阿里巴巴 -INVESTED_IN-> 小红书']],
    ['高瓴资本目前是美团的第二大股东。', ['高瓴资本 -INVESTED_IN-> 美团']],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it('a staff title is no stake: 张勇是阿里巴巴的员工', () => {
    const found = relationsOf('张勇是阿里巴巴的员工。');
    expect(found.filter((r) => r.includes('INVESTED_IN')), found.join('\n')).toEqual([]);
  });
});

describe('incubated: X孵化了Y, X孵化的Y, Y是从X孵化出来的', () => {
  it.each([
    ['幻方量化孵化了DeepSeek。', '幻方量化 -INCUBATED-> DeepSeek'],
    ['清华大学孵化的智谱发布了GLM-4.5。', '清华大学 -INCUBATED-> 智谱'],
    ['智谱是从清华大学知识工程实验室孵化出来的公司。', '清华大学知识工程实验室 -INCUBATED-> 智谱'],
    ['DeepSeek是幻方量化孵化的团队。', '幻方量化 -INCUBATED-> DeepSeek'],
    ['智谱由清华大学孵化。', '清华大学 -INCUBATED-> 智谱'],
    ['月之暗面孵化自清华大学。', '清华大学 -INCUBATED-> 月之暗面'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a person\'s team is no incubator, nor is the university across the name: 中国科学技术大学潘建伟院士团队孵化了国盾量子', () => {
    const found = relationsOf('中国科学技术大学潘建伟院士团队孵化了国盾量子。');
    expect(found.filter((r) => r.includes('INCUBATED')), found.join('\n')).toEqual([]);
  });
});
