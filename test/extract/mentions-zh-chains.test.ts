// Tests for extract/stages/mentions/chains.ts, shortforms.ts and the founding cue of zhcompany.ts, through the whole
// pipeline: an institution and its unit are one organization, a company's short form is that company.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../extract/types.ts';
import { extractText, named } from './extract-text.ts';

const entitiesOf = (text: string): Entity[] => extractText(text, 'chains.zh').entities;

describe('institution chains stay whole', () => {
  it.each([
    ['周明离开微软亚洲研究院以后创立了澜舟科技。', '微软亚洲研究院', ['亚洲研究院']],
    ['赵磊在阿里巴巴达摩院做视觉。', '阿里巴巴达摩院', ['达摩院']],
    ['陈晨在清华大学自动化系读博。', '清华大学自动化系', ['自动化']],
    ['吴昊以前在中科院计算所。', '中科院计算所', ['中科院']],
    ['孙悦在腾讯AI Lab工作。', '腾讯AI Lab', ['AI Lab']],
    ['林峰在百度研究院做语音。', '百度研究院', ['百度']],
    ['徐波在中国科学院自动化研究所工作。', '中国科学院自动化研究所', []],
  ])('%s → %s', (text, whole, pieces) => {
    const entities = entitiesOf(`主持人：介绍一下。\n\n嘉宾：${text}`);
    const found = named(entities, whole);
    expect(found?.type, entities.map((e) => e.label).join(', ')).toBe('organization');
    for (const piece of pieces) expect(named(entities, piece), piece).toBeUndefined();
  });

  it('a parent named alone stays the parent, and 谷歌所说 is no unit', () => {
    const entities = entitiesOf('主持人：介绍一下。\n\n嘉宾：微软和谷歌所说的不一样，清华大学的学生也这么说。');
    expect(named(entities, '微软')?.label).toBe('Microsoft');
    expect(named(entities, '谷歌')?.label).toBe('Google');
    expect(named(entities, '清华大学')?.label).toBe('Tsinghua University');
  });
});

describe('company short forms', () => {
  it('做百川 and 百川的模型 are Baichuan once 百川智能 is named', () => {
    const entities = entitiesOf('主持人：你们现在做百川吗？\n\n嘉宾：对，王小川创办了百川智能，我们一直在做百川，百川的模型也在迭代。');
    const baichuan = entities.find((e) => e.label === 'Baichuan');
    expect(baichuan?.mentions.length).toBe(4);
  });

  it('a company no lexicon knows, founded in the text, is found with its short form (澜舟科技, 澜舟)', () => {
    const entities = entitiesOf('主持人：说说周明。\n\n嘉宾：周明创立了澜舟科技。澜舟现在做得不错，大家都看好澜舟。');
    const lanzhou = named(entities, '澜舟科技');
    expect(lanzhou?.type).toBe('organization');
    expect(lanzhou?.mentions.length).toBe(3);
  });

  it('a company named with a trade word (沐曦集成电路) is found where the tagger cuts its short form (沐/曦)', () => {
    const entities = entitiesOf('# 对话陈维\n\n沐曦集成电路联合创始人陈维接受了专访。\n\n主持人：你们怎么起步的？\n\n陈维：我们三个人在上海成立了沐曦。沐曦现在做推理芯片。');
    const metax = named(entities, '沐曦集成电路');
    expect(metax?.type).toBe('organization');
    expect(metax?.mentions.length).toBe(3);
  });

  it('investors named before 领投/跟投 are organizations, a fund’s China arm is one name', () => {
    const entities = entitiesOf('主持人：融资顺利吗？\n\n嘉宾：红杉中国和经纬创投领投了天使轮。');
    expect(named(entities, '经纬创投')?.type).toBe('organization');
    expect(named(entities, '红杉中国')?.type).toBe('organization');
    expect(named(entities, '中国')).toBeUndefined();
  });

  it('a known company with a generic suffix (大众汽车集团) is that company', () => {
    const entities = entitiesOf('主持人：客户有哪些？\n\n嘉宾：主要客户包括比亚迪和大众汽车集团。');
    expect(named(entities, '大众汽车集团')?.label).toBe('Volkswagen');
  });

  it('a short form that is a common word is not the company (大众 for 大众汽车, 理想 for 理想汽车)', () => {
    const entities = entitiesOf('主持人：说说汽车。\n\n嘉宾：大众汽车和理想汽车都在做智驾，大众的需求很清楚，理想很重要。');
    expect(named(entities, '大众汽车')?.mentions.length).toBe(1);
    expect(named(entities, '理想汽车')?.mentions.length).toBe(1);
  });
});

describe('an English passage inside a Chinese document', () => {
  const passage = 'We hired a lot of people in Toronto last year. Northwind AI invested in Harbor\nLabs, mostly so they could rent more compute. Kestrel Robotics acquired Saffron Research because of its team.';
  const zh = extractText(`# 访谈：下一步\n\n**主持人：** 你们最近在做什么？\n\n**Lena Park：** ${passage} 好的，我们继续下一个话题吧。\n`, 'passage.zh');
  const en = extractText(`# Interview: next steps\n\n**Host:** What have you been doing lately?\n\n**Lena Park:** ${passage} OK, let us move on.\n`, 'passage.en');
  const organizations = (d: typeof zh) => d.entities.filter((e) => e.type === 'organization').map((e) => e.label).sort();

  it('gives the organizations the English document gives, not a clause ending in a unit word (Labs, Research)', () => {
    expect(organizations(zh)).toEqual(['Harbor Labs', 'Kestrel Robotics', 'Northwind AI', 'Saffron Research']);
    expect(organizations(zh)).toEqual(organizations(en));
  });

  it('gives the relations the English document gives', () => {
    // The unnamed host is "主持人 (host)" in a Chinese document and "Host (host)" in an English one: the same party.
    const label = (d: typeof zh, key: string) => d.entities.find((e) => e.key === key)?.label.replace(/^(?:主持人|Host) \(host\)$/, 'the host');
    const typed = (d: typeof zh) => d.relations.map((r) => `${label(d, r.source)} ${r.type} ${label(d, r.target)}`).sort();
    expect(typed(zh)).toContain('Northwind AI INVESTED_IN Harbor Labs');
    expect(typed(zh)).toEqual(typed(en));
  });
});
