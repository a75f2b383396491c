// Tests for extract/stages/mentions/zh.ts (through findMentions): Chinese institutions named by their last word
// (北京协和医院) are organizations when a proper noun stands before it; kinds (儿童医院, 公立医院) are not.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../extract/lexicon.ts';
import { findMentions } from '../../extract/stages/mentions.ts';
import type { Mention } from '../../extract/types.ts';
import { turnedDocument } from './doc.ts';

const lexicon = loadLexicon();
const mentionsOf = (text: string): Mention[] => findMentions(turnedDocument([['turn', null, text]]), lexicon).mentions;

describe('Chinese institutions', () => {
  it.each([
    ['我们和北京协和医院合作做医疗。', '北京协和医院'],
    ['他在上海瑞金医院工作了二十年。', '瑞金医院'],
    ['华西医院的医生也参与了评测。', '华西医院'],
    ['她是北京协和医学院的学生。', '北京协和医学院'],
    ['我们在湘雅医院做了试点。', '湘雅医院'],
  ])('%s → %s is an organization', (text, surface) => {
    const found = mentionsOf(text).find((m) => m.surface === surface);
    expect(found?.type, JSON.stringify(mentionsOf(text).map((m) => m.surface))).toBe('organization');
  });

  it.each([['儿童医院很多。'], ['私立医院和公立医院都在用。'], ['他去了医院。'], ['社区医院缺医生。'], ['中医医院也来了。']])('%s names no organization', (text) => {
    expect(mentionsOf(text).filter((m) => m.type === 'organization').map((m) => m.surface)).toEqual([]);
  });

  it('搜狗 is Sogou, from the lexicon', () => {
    expect(mentionsOf('你为什么从搜狗出来做百川？').find((m) => m.surface === '搜狗')).toMatchObject({ type: 'organization', canonical: 'Sogou' });
  });
});

describe('a quoted name after a product noun and 叫', () => {
  it.each([
    ['我们第一款芯片叫“玄武X1”，是一颗舱驾一体的芯片。', '玄武X1', 'product'],
    ['这个模型我们命名为“天穹”。', '天穹', 'model'],
  ])('%s → %s is a %s', (text, surface, type) => {
    expect(mentionsOf(text).find((m) => m.surface === surface)?.type, JSON.stringify(mentionsOf(text).map((m) => m.surface))).toBe(type);
  });

  it('a quoted saying after 叫 is no name', () => {
    expect(mentionsOf('这个产品的口号叫“我们都是追梦人”。').filter((m) => m.type === 'product')).toEqual([]);
  });
});

describe("a Latin name a known company's 的 owns", () => {
  it.each([
    ['和英伟达的Orin比呢？', 'Orin'],
    ['台积电的 CoWoS 产能很紧张。', 'CoWoS'],
  ])('%s → %s is a product', (text, surface) => {
    expect(mentionsOf(text).find((m) => m.surface === surface)?.type).toBe('product');
  });
});

describe('a development zone is a place', () => {
  it.each([
    ['苏州工业园区也给了我们很大的支持。', '苏州工业园区'],
    ['我们在张江高科技园区有办公室。', '张江高科技园区'],
  ])('%s → %s', (text, surface) => {
    expect(mentionsOf(text).find((m) => m.surface === surface)?.type, JSON.stringify(mentionsOf(text).map((m) => m.surface))).toBe('place');
  });
});
