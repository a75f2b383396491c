// Tests for the bundled lexicon on Chinese industry and policy talk: carmakers, banks, telecoms, news agencies,
// ministries and provinces a Chinese transcript names by their Chinese short names, resolved to one English label.
import { describe, expect, it } from 'vitest';
import { expectNamed, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：今年车市怎么样？',
  '',
  '嘉宾：上汽和奇瑞都在发力出海，广汽也在追。宁德时代的麒麟电池、神行电池和比亚迪的刀片电池都卖得很好，',
  '宁德时代还在匈牙利建了工厂。小米SU7也很火。我之前在中金公司，后来去了招商银行。',
  '',
  '主持人：政策层面呢？',
  '',
  '嘉宾：工业和信息化部、国家数据局和国家发展改革委都出了文件，国务院新闻办公室开了发布会，新华社和第一财经都报道了。',
  '中国移动和中国电信在贵州、内蒙古建数据中心，红杉中国和真格基金也在投。狮门影业在找合作。',
  '',
  '主持人：医疗呢？',
  '',
  '嘉宾：北京协和医院和联影智能合作，联影集团、西门子医疗、阿里健康、推想医疗、数坤科技都在做影像AI，国家医保局和国家药监局也出了新规。',
  '',
  '主持人：存储芯片呢？',
  '',
  '嘉宾：长江存储做NAND，长鑫存储做DRAM。北方华创、中微公司、上海微电子在追，应用材料、泛林和科磊撤了，长江存储的Xtacking架构是自研的。',
  '',
  '主持人：电影呢？',
  '',
  '嘉宾：中影集团和阿里影业投了，维塔数码做视效，詹姆斯·卡梅隆看过样片，刘慈欣也看过剧本。',
  '',
  '主持人：国产大模型呢？',
  '',
  '嘉宾：昆仑万维有天工大模型，智源研究院有悟道3.0，上海人工智能实验室开源了书生·浦语。',
].join('\n');

const doc = extractText(TEXT, 'industry.zh');

describe('Chinese names of well-known companies, agencies and places', () => {
  it.each([
    ['上汽', 'SAIC Motor', 'organization'],
    ['奇瑞', 'Chery', 'organization'],
    ['广汽', 'GAC Group', 'organization'],
    ['麒麟电池', 'Qilin battery', 'product'],
    ['神行电池', 'Shenxing battery', 'product'],
    ['刀片电池', 'Blade Battery', 'product'],
    ['小米SU7', 'Xiaomi SU7', 'product'],
    ['匈牙利', 'Hungary', 'place'],
    ['中金公司', 'CICC', 'organization'],
    ['招商银行', 'China Merchants Bank', 'organization'],
    ['工业和信息化部', 'Ministry of Industry and Information Technology', 'government'],
    ['国家数据局', 'National Data Administration', 'government'],
    ['国家发展改革委', 'National Development and Reform Commission', 'government'],
    ['国务院新闻办公室', 'State Council Information Office', 'government'],
    ['新华社', 'Xinhua News Agency', 'organization'],
    ['第一财经', 'Yicai', 'organization'],
    ['中国移动', 'China Mobile', 'organization'],
    ['中国电信', 'China Telecom', 'organization'],
    ['贵州', 'Guizhou', 'place'],
    ['内蒙古', 'Inner Mongolia', 'place'],
    ['红杉中国', 'HongShan', 'organization'],
    ['真格基金', 'ZhenFund', 'organization'],
    ['狮门影业', 'Lionsgate', 'organization'],
    ['北京协和医院', 'Peking Union Medical College Hospital', 'organization'],
    ['联影智能', 'United Imaging Intelligence', 'organization'],
    ['联影集团', 'United Imaging Healthcare', 'organization'],
    ['西门子医疗', 'Siemens Healthineers', 'organization'],
    ['阿里健康', 'Alibaba Health', 'organization'],
    ['推想医疗', 'Infervision', 'organization'],
    ['数坤科技', 'Shukun Technology', 'organization'],
    ['国家医保局', 'National Healthcare Security Administration', 'government'],
    ['国家药监局', 'National Medical Products Administration', 'government'],
    ['长江存储', 'YMTC', 'organization'],
    ['长鑫存储', 'CXMT', 'organization'],
    ['北方华创', 'NAURA', 'organization'],
    ['中微公司', 'AMEC', 'organization'],
    ['上海微电子', 'Shanghai Micro Electronics Equipment', 'organization'],
    ['应用材料', 'Applied Materials', 'organization'],
    ['泛林', 'Lam Research', 'organization'],
    ['科磊', 'KLA', 'organization'],
    ['NAND', 'NAND flash', 'concept'],
    ['DRAM', 'DRAM', 'concept'],
    ['Xtacking', 'Xtacking', 'product'],
    ['中影集团', 'China Film Group', 'organization'],
    ['阿里影业', 'Alibaba Pictures', 'organization'],
    ['维塔数码', 'Weta FX', 'organization'],
    ['詹姆斯·卡梅隆', 'James Cameron', 'person'],
    ['刘慈欣', 'Liu Cixin', 'person'],
    ['昆仑万维', 'Kunlun Tech', 'organization'],
    ['天工大模型', 'Skywork', 'model'],
    ['智源研究院', 'BAAI', 'organization'],
    ['悟道3.0', 'WuDao', 'model'],
    ['上海人工智能实验室', 'Shanghai AI Laboratory', 'organization'],
    ['书生·浦语', 'InternLM', 'model'],
  ])('%s is %s (%s)', (surface, label, type) => {
    expectNamed(doc, surface, label, type);
  });
});

describe('words of another sense stay words', () => {
  it('悟道了 (enlightened) is no model WuDao; 动真格的 is no ZhenFund', () => {
    const labels = extractText('主持人：最近呢？\n\n嘉宾：他在山里悟道了三年，这次我们要动真格的。', 'senses.zh').entities.map((e) => e.label);
    expect(labels).not.toContain('WuDao');
    expect(labels).not.toContain('ZhenFund');
  });
});

describe('investors, AI coding tools and a German city of Chinese funding news', () => {
  const news = extractText(
    [
      '36氪：这一轮谁投了？',
      '',
      '周予安：由高瓴创投领投，美团龙珠、顺为资本跟投，老股东奇绩创坛继续加注，源码资本也看过。',
      '我们在斯图加特和博世一起做装配。我们的CTO在微软亚洲研究院待过，也在幻方量化做过研究。',
      '编程工具我们用字节的Trae和阿里的通义灵码，合同是金杜律师事务所审的。',
    ].join('\n'),
    'funding-news.zh',
  );
  it.each([
    ['美团龙珠', 'Meituan Dragonball', 'organization'],
    ['顺为资本', 'Shunwei Capital', 'organization'],
    ['源码资本', 'Source Code Capital', 'organization'],
    ['斯图加特', 'Stuttgart', 'place'],
    ['博世', 'Bosch', 'organization'],
    ['微软亚洲研究院', 'Microsoft Research Asia', 'organization'],
    ['幻方量化', 'High-Flyer', 'organization'],
    ['Trae', 'Trae', 'product'],
    ['通义灵码', 'Tongyi Lingma', 'product'],
    ['金杜律师事务所', 'King & Wood Mallesons', 'organization'],
  ])('%s → %s (%s)', (surface, label, type) => {
    const entity = news.entities.find((e) => e.label === label);
    expect(entity?.type).toBe(type);
    expect([entity?.label, ...(entity?.aliases ?? [])]).toContain(surface);
  });
});

describe('markets, games and a science city of Chinese business talk', () => {
  const talk = extractText(
    [
      '主持人：三季度数据怎么看？',
      '',
      '嘉宾：国家统计局的数据偏弱。我之前在香港金管局做研究，后来去了中信证券。万科的债务问题，深圳地铁集团作为万科的第一大股东出手了；',
      '贵州茅台和美的集团还不错，京东方在合肥满产。我的书由中信出版社出版。',
      '',
      '主持人：游戏呢？',
      '',
      '嘉宾：游戏科学在科隆游戏展上公布了新作，英雄互娱和米哈游也在做，PS5版本是和索尼互动娱乐合作的。',
      '合肥有中国科学技术大学，国盾量子和本源量子都在那里。',
    ].join('\n'),
    'markets.zh',
  );
  it.each([
    ['国家统计局', 'National Bureau of Statistics of China', 'government'],
    ['香港金管局', 'Hong Kong Monetary Authority', 'government'],
    ['中信证券', 'CITIC Securities', 'organization'],
    ['万科', 'China Vanke', 'organization'],
    ['深圳地铁集团', 'Shenzhen Metro Group', 'organization'],
    ['贵州茅台', 'Kweichow Moutai', 'organization'],
    ['美的集团', 'Midea Group', 'organization'],
    ['京东方', 'BOE Technology', 'organization'],
    ['中信出版社', 'CITIC Press', 'organization'],
    ['游戏科学', 'Game Science', 'organization'],
    ['科隆游戏展', 'Gamescom', 'event'],
    ['英雄互娱', 'Hero Entertainment', 'organization'],
    ['米哈游', 'miHoYo', 'organization'],
    ['索尼互动娱乐', 'Sony Interactive Entertainment', 'organization'],
    ['中国科学技术大学', 'University of Science and Technology of China', 'organization'],
    ['国盾量子', 'QuantumCTek', 'organization'],
    ['本源量子', 'Origin Quantum', 'organization'],
  ])('%s → %s (%s)', (surface, label, type) => {
    const entity = talk.entities.find((e) => e.label === label);
    expect(entity?.type).toBe(type);
    expect([entity?.label, ...(entity?.aliases ?? [])]).toContain(surface);
  });
});

describe('a known place with its administrative suffix is that place (合肥市 = Hefei)', () => {
  it('合肥市 and 合肥 are one place', () => {
    const doc = extractText('主持人：今天我们邀请到合肥市副市长李中先生。\n\n李中：合肥的产业链很完整。', 'hefei.zh');
    const places = doc.entities.filter((e) => e.type === 'place');
    expect(places.map((e) => e.label)).toEqual(['Hefei']);
    expect(places[0].aliases).toContain('合肥市');
  });
});
