// Tests for the bundled lexicon on China's prefecture-level cities beyond the provincial capitals: the cities a
// company's plant, a museum or a guest's home town is in are places with English labels (聊城 → Liaocheng), and
// two cities written alike in pinyin keep their province (宜春 → Yichun, Jiangxi; 伊春 → Yichun, Heilongjiang).
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：您的工厂都在哪里？',
  '',
  '嘉宾：我们2006年在山东聊城成立，后来在菏泽、枣庄建了厂，原料从云南保山、曲靖来。销售在宜春、伊春、',
  '玉林、榆林都有，物流走防城港和北海。我老家在湖南常德，大学在安徽蚌埠读的，后来去了四川乐山、攀枝花。',
  '今年还去了宁德、莆田、龙岩和黑龙江齐齐哈尔，也路过金华。',
].join('\n');

const doc = extractText(TEXT, 'cities.zh');

describe('prefecture-level cities', () => {
  it.each([
    ['聊城', 'Liaocheng'],
    ['菏泽', 'Heze'],
    ['枣庄', 'Zaozhuang'],
    ['保山', 'Baoshan'],
    ['曲靖', 'Qujing'],
    ['宜春', 'Yichun, Jiangxi'],
    ['伊春', 'Yichun, Heilongjiang'],
    ['玉林', 'Yulin, Guangxi'],
    ['榆林', 'Yulin, Shaanxi'],
    ['防城港', 'Fangchenggang'],
    ['北海', 'Beihai'],
    ['常德', 'Changde'],
    ['蚌埠', 'Bengbu'],
    ['乐山', 'Leshan'],
    ['攀枝花', 'Panzhihua'],
    ['宁德', 'Ningde'],
    ['莆田', 'Putian'],
    ['龙岩', 'Longyan'],
    ['齐齐哈尔', 'Qiqihar'],
    ['金华', 'Jinhua'],
  ])('%s → %s', (surface, label) => {
    expectLabelled(doc, surface, label, 'place');
  });
});
