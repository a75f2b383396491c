// Tests for well-known organisations Chinese interviews name in rail equipment, mining, dairy, liquor, pet food, nuclear
// power and textile exports, and for the customs, ASEAN and Belt and Road names of trade talk: the lexicon gives them
// with their English names.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string, type: string) =>
  extractText(text, 'trades2.zh').entities.filter((e) => e.type === type && !e.speaker).map((e) => e.label).sort();

describe('organisations of rail, mining, dairy, liquor and nuclear power', () => {
  it('rail equipment, chips and mining companies', () => {
    const text =
      '主持人：说说供应商？\n\n嘉宾：车体是中车长客的，牵引系统是株洲所的，芯片用英飞凌和恩智浦，信号系统以前用阿尔斯通，现在换成了中国通号。' +
        '锂原料来自天齐锂业、紫金矿业和华友钴业，价格看广州期货交易所和伦敦金属交易所。';
    expect(labels(text, 'organization')).toEqual(
      expect.arrayContaining([
        'CRRC Changchun Railway Vehicles', 'CRRC Zhuzhou Institute', 'Infineon', 'NXP Semiconductors', 'Alstom',
        'China Railway Signal & Communication', 'Tianqi Lithium', 'Zijin Mining', 'Huayou Cobalt', 'Guangzhou Futures Exchange',
        'London Metal Exchange',
      ]),
    );
  });

  it('dairy, liquor, pet food and nuclear companies', () => {
    const text =
      '主持人：您的客户有哪些？\n\n嘉宾：奶源来自现代牧业和优然牧业，卖给新乳业和山姆会员店。酒水这块我们代理过华润酒业、金沙酒业和喜力。' +
        '宠物粮有乖宝宠物、中宠和玛氏。能源客户是中核集团、中广核和法国电力集团。';
    expect(labels(text, 'organization')).toEqual(
      expect.arrayContaining([
        'China Modern Dairy', 'YouRan Dairy', 'New Hope Dairy', "Sam's Club", 'China Resources Liquor', 'Jinsha Liquor', 'Heineken',
        'Gambol Pet Group', 'China Pet Foods', 'Mars Inc.', 'China National Nuclear Corporation', 'China General Nuclear Power Group', 'EDF',
      ]),
    );
  });

  it('customs, ASEAN, the Belt and Road and export places', () => {
    const text = '主持人：出口怎么样？\n\n嘉宾：海关总署的数据显示，对东盟出口增长最快，“一带一路”沿线也不错，孟加拉和柯桥的工厂都很忙，迪卡侬的订单也在增加。';
    expect(labels(text, 'government')).toEqual(['ASEAN', 'General Administration of Customs']);
    expect(labels(text, 'concept')).toContain('Belt and Road Initiative');
    expect(labels(text, 'place')).toEqual(expect.arrayContaining(['Bangladesh', 'Keqiao']));
    expect(labels(text, 'organization')).toContain('Decathlon');
  });
});
