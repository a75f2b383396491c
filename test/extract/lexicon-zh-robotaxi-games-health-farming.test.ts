// Tests for the bundled lexicon on robotaxis, game publishers, heavy trucks, diabetes care, seed breeding and the
// Chinese Super League as Chinese interviews name them, each with its English label.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：今年各行各业有什么新变化？',
  '',
  '嘉宾：自动驾驶这边，小马智行和文远知行都在中东拿了牌照。游戏这边，点点互动是世纪华通旗下的，网易雷火和莉莉丝也在出海，',
  'NPC接上了大模型。重卡这边，三一重工、潍柴动力都在做，中国汽车工业协会说换电车型占了一半。',
  '医疗这边，中华医学会的指南里二甲双胍还是首选，司美格鲁肽在国内叫诺和泰，是GLP-1受体激动剂，诺和盈用来减重。',
  '农业这边，国家杂交水稻工程技术研究中心、湖南农业大学、华中农业大学在育杂交水稻，极飞科技的无人机在播种，',
  '首都师范大学也来参观过。中央广播电视总台报道过。足球这边，成都蓉城今年踢得不错。',
].join('\n');

const doc = extractText(TEXT, 'mixed.zh');

describe('robotaxis, games, trucks, diabetes, seeds and football', () => {
  it.each([
    ['小马智行', 'Pony.ai', 'organization'],
    ['文远知行', 'WeRide', 'organization'],
    ['点点互动', 'Century Games', 'organization'],
    ['世纪华通', 'Zhejiang Century Huatong Group', 'organization'],
    ['网易雷火', 'NetEase Thunder Fire', 'organization'],
    ['莉莉丝', 'Lilith Games', 'organization'],
    ['NPC', 'non-player characters', 'concept'],
    ['三一重工', 'Sany Heavy Industry', 'organization'],
    ['潍柴动力', 'Weichai Power', 'organization'],
    ['中国汽车工业协会', 'China Association of Automobile Manufacturers', 'organization'],
    ['中华医学会', 'Chinese Medical Association', 'organization'],
    ['二甲双胍', 'metformin', 'concept'],
    ['司美格鲁肽', 'semaglutide', 'concept'],
    ['诺和泰', 'Ozempic', 'product'],
    ['GLP-1受体激动剂', 'GLP-1 receptor agonists', 'concept'],
    ['诺和盈', 'Wegovy', 'product'],
    ['国家杂交水稻工程技术研究中心', 'China National Hybrid Rice Research and Development Center', 'organization'],
    ['湖南农业大学', 'Hunan Agricultural University', 'organization'],
    ['华中农业大学', 'Huazhong Agricultural University', 'organization'],
    ['杂交水稻', 'hybrid rice', 'concept'],
    ['极飞科技', 'XAG', 'organization'],
    ['首都师范大学', 'Capital Normal University', 'organization'],
    ['中央广播电视总台', 'China Media Group', 'organization'],
    ['成都蓉城', 'Chengdu Rongcheng', 'organization'],
  ])('%s → %s (%s)', (surface, label, type) => {
    expectLabelled(doc, surface, label, type);
  });
});
