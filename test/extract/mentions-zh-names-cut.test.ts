// Tests for Chinese names the tagger cuts or glues (extract/stages/mentions/zh.ts, zhcompany.ts, cues.json):
// 叫云/x 深处/s 科技, 闫/nr 俊杰/nr, less common surnames, and role words (高管, 董秘) that are no people.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = (answer: string) => extractText(`主持人：说说？\n\n嘉宾：${answer}`, 'names-cut.zh');
const people = (answer: string) => doc(answer).entities.filter((e) => e.type === 'person' && !e.label.includes('(')).map((e) => e.label);

describe('names the tagger cut or glued', () => {
  it('叫云深处科技: a company whose first character the tagger glued to 叫', () => {
    const d = doc('技术授权给了杭州的一家初创公司，叫云深处科技，创始人朱秋国是我的同事。云深处科技去年完成了B轮融资。');
    // 云深处科技 is in the lexicon (DEEP Robotics): found under its name however the tagger cuts it.
    expect(d.entities.filter((e) => e.type === 'organization').flatMap((e) => [e.label, ...e.aliases])).toContain('云深处科技');
    expect(relationLines(d, 'han')).toContain('朱秋国 -FOUNDED-> 云深处科技');
  });

  it('闫/nr 俊杰/nr is one person, and works at the company before 的', () => {
    const d = doc('Moonshot AI的杨植麟、MiniMax的闫俊杰，都是很强的创始人。');
    expect(d.entities.map((e) => e.label)).toContain('闫俊杰');
    expect(relationLines(d, 'han')).toContain('闫俊杰 -WORKS_AT-> MiniMax');
  });

  it.each([
    ['公司副总裁肖飞今天也来了。', '肖飞'],
    ['首席科学家覃亮做过报告。', '覃亮'],
    ['创始人裴宁很低调。', '裴宁'],
    ['主编戚薇写了这篇文章。', '戚薇'],
  ])('%s → %s', (answer, name) => {
    expect(people(answer)).toContain(name);
  });

  it.each([
    ['首席科学家王亮做过报告。', '王亮'],
    ['主编王薇写了这篇文章。', '王薇'],
  ])('%s: the verb after a two-character name is not its third character', (answer, name) => {
    expect(people(answer)).toEqual([name]);
  });

  it('欧美 (Europe and America) is no person named 欧', () => {
    expect(people('LABUBU在东南亚和欧美爆火。')).not.toContain('欧美');
  });

  it('高管 and 董秘 are roles, not people named 高 or 董', () => {
    const found = people('广州富力集团高管说了，公司董秘也回复了。');
    expect(found).not.toContain('高管');
    expect(found).not.toContain('董秘');
  });
});

describe('也是X的创始人', () => {
  it('梁文锋也是幻方的创始人 → FOUNDED', () => {
    expect(relationLines(doc('幻方量化是DeepSeek的母公司，梁文锋也是幻方的创始人。'), 'han')).toContain('梁文锋 -FOUNDED-> 幻方');
  });
});
