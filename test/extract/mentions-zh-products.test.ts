// Tests for extract/stages/mentions/zhproducts.ts: a company's product written in Han characters with a model
// number right after 公司的 (地平线的征程6, 北辰科技的天枢3) is a product, not a bare phrase; 问界M9 keeps its code.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const entitiesOf = (text: string) =>
  extractDocument({ id: 'products.zh', path: 'products.zh.md', text: `主持人：说说芯片。\n\n王磊：${text}` }, context)
    .entities.filter((e) => e.type !== 'concept' && !e.speaker)
    .map((e) => `${e.label} (${e.type})`)
    .sort();

describe('a Han product name with a model number after a company and 的', () => {
  it.each([
    ['地平线的征程6已经量产了。', ['Horizon Robotics (organization)', '征程6 (product)']],
    ['英伟达的雷神2还没发布。', ['NVIDIA (organization)', '雷神2 (product)']],
  ])('%s', (text, entities) => {
    expect(entitiesOf(text)).toEqual(entities);
  });

  it('a quantity is no product: 英伟达的营收3亿, 英伟达的第3季度', () => {
    expect(entitiesOf('英伟达的营收3亿美元，英伟达的股价20%都是新闻。')).toEqual(['NVIDIA (organization)']);
  });
});

describe('a known Han product with a letter-led model code after it', () => {
  it.each([
    ['问界M9卖得很好，问界M7也不错。', ['AITO M7 (product)', 'AITO M9 (product)']],
    ['华为和赛力斯一起做问界M9。', ['AITO M9 (product)', 'Huawei (organization)', 'Seres (organization)']],
  ])('%s', (text, entities) => {
    expect(entitiesOf(text)).toEqual(entities);
  });

  it('a word in Latin letters without a digit stays apart: 问界MAX', () => {
    expect(entitiesOf('问界MAX这个说法不对。').filter((e) => e.startsWith('AITO'))).toEqual(['AITO (product)']);
  });
});

describe('a company the text discovered, with a letter-led model code after it', () => {
  it('星枢H2 is a product of 星枢机器人; 阿里P7 is a job level, no product', () => {
    const entities = entitiesOf('星枢机器人成立于2022年。我们的机器人星枢H2已经交付了，明年推出星枢H3。我以前是阿里P7。');
    expect(entities).toEqual(expect.arrayContaining(['星枢H2 (product)', '星枢H3 (product)', '星枢机器人 (organization)']));
    expect(entities.filter((e) => e.includes('P7'))).toEqual([]);
  });
});
