// Tests for the bundled lexicon on go players, a space founder and an academician Chinese sports and business talk
// names, and the e-commerce and parcel-station brands of rural commerce, each resolved to one English label.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：今年围甲怎么样？',
  '',
  '嘉宾：俞斌带国家队，李轩豪、党毅飞、芈昱廷、辜梓豪、杨鼎新都在状态，常昊也来看了，韩国的朴廷桓很强。',
  '刘百奇在星河动力做火箭，魏于全院士在做生物治疗。村里靠抖音电商卖货，包裹放在菜鸟驿站。',
].join('\n');

const doc = extractText(TEXT, 'go.zh');

describe('go players, founders and platforms', () => {
  it.each([
    ['俞斌', 'Yu Bin', 'person'],
    ['李轩豪', 'Li Xuanhao', 'person'],
    ['党毅飞', 'Dang Yifei', 'person'],
    ['芈昱廷', 'Mi Yuting', 'person'],
    ['辜梓豪', 'Gu Zihao', 'person'],
    ['杨鼎新', 'Yang Dingxin', 'person'],
    ['常昊', 'Chang Hao', 'person'],
    ['朴廷桓', 'Park Junghwan', 'person'],
    ['刘百奇', 'Liu Baiqi', 'person'],
    ['魏于全', 'Wei Yuquan', 'person'],
    ['抖音电商', 'Douyin E-commerce', 'organization'],
    ['菜鸟驿站', 'Cainiao Post', 'organization'],
  ])('%s → %s (%s)', (surface, label, type) => {
    expectLabelled(doc, surface, label, type);
  });
});
