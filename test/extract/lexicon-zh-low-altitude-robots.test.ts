// Tests for the bundled lexicon on low-altitude aviation and humanoid robots as Chinese interviews name them: eVTOL
// makers and their founders, robot makers' founders, carmakers' plants, the exchanges' boards, each with its English label.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：低空经济今年怎么样？',
  '',
  '嘉宾：胡华智的EH216-S拿了三证，田瑜的峰飞也在做eVTOL，赵德力在小鹏汇天做飞行汽车，丰翼科技做物流。',
  '中央空中交通管理委员会在管空域。周剑的Walker S进了东风柳汽和东风汽车的工厂，彭志辉在春晚后也很忙，',
  '乐聚机器人准备在科创板上市，有的去了创业板、北交所，有的去香港联交所。',
].join('\n');

const doc = extractText(TEXT, 'air.zh');

describe('low-altitude aviation and humanoid robots', () => {
  it.each([
    ['胡华智', 'Hu Huazhi', 'person'],
    ['田瑜', 'Tian Yu', 'person'],
    ['赵德力', 'Zhao Deli', 'person'],
    ['周剑', 'Zhou Jian', 'person'],
    ['彭志辉', 'Peng Zhihui', 'person'],
    ['小鹏汇天', 'XPeng AeroHT', 'organization'],
    ['丰翼科技', 'Phoenix Wings', 'organization'],
    ['东风柳汽', 'Dongfeng Liuzhou Motor', 'organization'],
    ['东风汽车', 'Dongfeng Motor', 'organization'],
    ['乐聚机器人', 'Leju Robotics', 'organization'],
    ['科创板', 'STAR Market', 'organization'],
    ['创业板', 'ChiNext', 'organization'],
    ['北交所', 'Beijing Stock Exchange', 'organization'],
    ['香港联交所', 'Hong Kong Exchanges and Clearing', 'organization'],
    ['中央空中交通管理委员会', 'Central Air Traffic Management Commission', 'government'],
    ['EH216-S', 'EHang EH216-S', 'product'],
    ['Walker S', 'Walker S', 'product'],
    ['低空经济', 'low-altitude economy', 'concept'],
    ['eVTOL', 'eVTOL', 'concept'],
    ['飞行汽车', 'flying cars', 'concept'],
    ['春晚', 'CCTV Spring Festival Gala', 'event'],
  ])('%s → %s (%s)', (surface, label, type) => {
    expectLabelled(doc, surface, label, type);
  });
});
