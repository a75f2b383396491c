// Tests for extract/stages/mentions/zh.ts discoverInstitutions: an ordinal inside a city's hospital or school name
// (成都市第三人民医院, 北京市第八中学) is part of the name; a count before a kind (第二家医院) names nothing.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const organizations = (answer: string) =>
  extractText(`主持人：你们和哪些医院有合作？\n\n嘉宾：${answer}`, 'ordinal.zh')
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.label)
    .sort();

describe('numbered institutions', () => {
  it.each([
    ['我们和成都市第三人民医院建立了双向转诊机制。', ['成都市第三人民医院']],
    ['我们托管了凉山州第一人民医院和广州市第十二人民医院。', ['凉山州第一人民医院', '广州市第十二人民医院']],
    ['她高中读的是北京市第八中学。', ['北京市第八中学']],
    ['我在第二家医院才看好。', []],
  ])('%s', (answer, names) => {
    expect(organizations(answer)).toEqual(names);
  });
});
