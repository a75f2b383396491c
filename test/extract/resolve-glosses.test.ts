// A name glossed in the other script in brackets right after it ("林可欣（Kexin Lin）") is one entity, not two.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entity = (text: string, name: string) => {
  const doc = extractText(text);
  return doc.entities.filter((e) => e.label === name || e.aliases.includes(name));
};

describe('resolve: names glossed in the other script', () => {
  it('a speaker introduced with an English name in brackets is one person, under the English name (as 黄仁勋 is Jensen Huang)', () => {
    const text = [
      '本期节目，我们邀请到了创业公司Tessel Labs联合创始人林可欣（Kexin Lin）。主持人是陈茜。',
      '',
      '**陈茜：** 欢迎可欣！',
      '',
      '**林可欣：** 大家好，我是林可欣。',
    ].join('\n');
    const found = entity(text, '林可欣');
    expect(found.map((e) => [e.key, e.label])).toEqual([['kexin-lin', 'Kexin Lin']]);
    expect(found[0].aliases).toContain('林可欣');
    expect(found[0].speaker).toBe(true);
    // The key an English transcript gives "Kexin Lin": the two documents' nodes are one in a graph of both.
    expect(found[0].key).toBe(entity('**Host:** Kexin Lin joined us from Tessel Labs.', 'Kexin Lin')[0].key);
  });

  it('a Chinese speaker name with no English gloss keeps its own label', () => {
    const text = ['本期我们邀请到了林可欣。主持人是陈茜。', '', '**陈茜：** 欢迎可欣！', '', '**林可欣：** 大家好，我是林可欣（笑）。'].join('\n');
    expect(extractText(text).speakers.map((s) => s.label).sort()).toEqual(['林可欣', '陈茜']);
  });

  it('a person who is no speaker takes the Latin name as label, so English mentions meet it', () => {
    const text = [
      '**主持人：** 投资人周明远（Mingyuan Zhou）去年说过，推理成本会降得很快。',
      '',
      '**嘉宾：** I agree with Mingyuan Zhou on that, costs fell tenfold.',
    ].join('\n');
    const found = entity(text, '周明远');
    expect(found.map((e) => e.label)).toEqual(['Mingyuan Zhou']);
    expect(found[0].type).toBe('person');
    expect(found[0].mentions).toHaveLength(3);
  });

  it('a company glossed in English is one organisation, labelled with its English name', () => {
    const text = '**主持人：** 我们投资了一家叫青禾智能的公司。青禾智能（Qinghe AI）的团队在深圳，Qinghe AI去年融了两轮。';
    const found = entity(text, '青禾智能');
    expect(found.map((e) => [e.label, e.type])).toEqual([['Qinghe AI', 'organization']]);
    expect(found[0].mentions).toHaveLength(4);
  });

  it('"English（中文）" the other way round is one entity too', () => {
    const text = '**主持人：** 我们投资了一家叫青禾智能的公司。Qinghe AI（青禾智能）的团队在深圳。';
    const found = entity(text, '青禾智能');
    expect(found.map((e) => e.label)).toEqual(['Qinghe AI']);
    expect(found[0].mentions).toHaveLength(3);
  });

  it('a bracket naming something else stays apart: a person and their company, two lexicon entries', () => {
    const person = extractText('**主持人：** 投资人周明远（OpenAI）说过，推理成本会降得很快。');
    expect(person.entities.find((e) => e.label === 'OpenAI')?.aliases ?? []).not.toContain('周明远');
    const two = extractText('**主持人：** 阿里巴巴（Alibaba Cloud）今年的收入增长了。');
    const labels = two.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Alibaba', 'Alibaba Cloud']));
  });
});
