// Tests for the Chinese chip makers of extract/data/lexicon/organizations.json: names the tagger cuts (摩尔/nz 线程/n,
// 海光/n 信息/n) are one company with its English name, and a common word (地平线, horizon) stays a word.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const organizationsOf = (text: string): string[] =>
  extractDocument({ id: 'chips.zh', path: 'chips.zh.md', text: `主持人：国产芯片现在怎么样？\n\n王磊：${text}` }, context)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.label)
    .sort();

describe('Chinese chip makers are whole companies', () => {
  it.each([
    ['摩尔线程CEO张建中说过这件事。', ['Moore Threads']],
    ['海光信息做服务器CPU，沐曦和燧原科技做GPU。', ['Enflame', 'Hygon', 'MetaX']],
    ['地平线机器人做自动驾驶芯片，天数智芯也在做。', ['Horizon Robotics', 'Iluvatar CoreX']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(organizations);
  });

  it('the common words stay words: 地平线上, 摩尔定律, 线程', () => {
    expect(organizationsOf('太阳落到地平线上了。摩尔定律还在，多线程的信息也很多。')).toEqual([]);
  });
});

describe('a company whose short name is a common word, where the text uses it as one', () => {
  it.each([
    ['英伟达和地平线占了大部分份额。地平线做得很早。', ['Horizon Robotics', 'NVIDIA']],
    ['我们训练主要用海光的DCU。海光这两年进步很快。', ['Hygon']],
    ['我们的客户有比亚迪和长城，也在对接大众和宝马。', ['BMW', 'BYD', 'Great Wall Motor', 'Volkswagen']],
    ['我在海思做了九年芯片。', ['HiSilicon']],
    ['我们的CTO李娜，她以前是海光的架构师。', ['Hygon']],
    ['我们跟地平线也有竞争。', ['Horizon Robotics']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(expect.arrayContaining(organizations));
  });

  it('used only as words, they stay words: 地平线, 理想, 大众', () => {
    expect(organizationsOf('看向地平线，我们的理想是让大众都用得起。')).toEqual([]);
  });
});

describe('通用 is General Motors only where that occurrence is cued as a company', () => {
  it.each([
    ['上汽和通用的合资品牌这几年压力很大。', ['General Motors', 'SAIC Motor']],
    ['丰田、通用都在收缩，通用旗下的凯迪拉克还行。', ['General Motors', 'Toyota']],
    ['我们和通用有合作。', ['General Motors']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(expect.arrayContaining(organizations));
  });

  it.each([
    '上汽和通用的合资品牌很难。我们做的是通用模型，通用能力很强。',
    '上汽和通用的合资品牌很难。英伟达和通用芯片厂商都在做。',
  ])('the word stays a word elsewhere: %s', (text) => {
    const doc = extractDocument({ id: 'cars.zh', path: 'cars.zh.md', text: `主持人：车市怎么样？\n\n王磊：${text}` }, context);
    const gm = doc.entities.find((e) => e.label === 'General Motors');
    expect(gm?.mentions.length).toBe(1);
  });
});

describe('a company no lexicon has, named by who works there or joined it', () => {
  it.each([
    ['今天我们请到了云帆智能的算法负责人许嘉言。', ['云帆智能']],
    ['2023年我加入了云帆智能，现在负责训练。', ['云帆智能']],
    ['今年也和一汽集团一起做了座舱里的语音助手。', ['一汽集团']],
    ['他现在是一家AI编程公司码途科技的联合创始人。', ['码途科技']],
    ['张潇雨是码途科技的联合创始人。', ['码途科技']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(expect.arrayContaining(organizations));
  });

  it('a trade phrase after a common noun with no such cue stays a phrase', () => {
    expect(organizationsOf('汽车电子和医疗数据都很热。')).toEqual([]);
  });

  it('a trade word after a kind of company with no name between is none: 很多公司科技投入不够, 企业科技转型', () => {
    expect(organizationsOf('很多公司科技投入不够，企业科技转型也慢。')).toEqual([]);
  });
});

describe('a Han name with AI after it, named by its founder or officer', () => {
  const entitiesOf = (text: string) => extractDocument({ id: 'ai.zh', path: 'ai.zh.md', text: `主持人：介绍一下公司？\n\n王磊：${text}` }, context).entities;
  it.each([
    ['我们的嘉宾是知澜AI的创始人兼CEO宋立。知澜今年发布了新框架。', '知澜AI'],
    ['拾光AI的CTO周密以前在百度。拾光的产品是什么？', '拾光AI'],
    ['嘉宾是听澜AI的联合创始人韩默。听澜今年完成了融资。', '听澜AI'],
  ])('%s', (text, name) => {
    const company = entitiesOf(text).find((e) => e.label === name);
    expect(company?.type).toBe('organization');
    expect(company?.mentions.length).toBe(2); // the short form without AI is the company too
  });

  it('the short form cut by the tagger into a verb and a name (说/v 岳/nr) is the company too', () => {
    const company = entitiesOf('我是说岳AI的创始人王磊。2024年我离开百度，创办了说岳。').find((e) => e.label === '说岳AI');
    expect(company?.mentions.length).toBe(2);
  });

  it('a kind of AI before a title is no company: 开源AI的负责人, 生成式AI的负责人', () => {
    const labels = entitiesOf('我是开源AI的负责人张三，也做过生成式AI的负责人。').map((e) => e.label);
    expect(labels.filter((l) => /AI$/.test(l) && /\p{Script=Han}/u.test(l))).toEqual([]);
  });
});

describe('a common-word company used as one by its product, its founder or an investment', () => {
  it.each([
    ['地平线的征程6已经量产了。', ['Horizon Robotics']],
    ['地平线创始人余凯以前在百度。', ['Baidu', 'Horizon Robotics']],
    ['元禾之前也投资了地平线。', ['Horizon Robotics']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(expect.arrayContaining(organizations));
  });

  it.each([
    ['苹果发布了新手机以后，苹果会把体验做得更好。', ['Apple']],
    ['理想推出了新车型。', ['Li Auto']],
  ])('a company act right after it: %s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(organizations);
  });

  it('eaten, a fruit stays a fruit: 我每天吃一个苹果，苹果很甜', () => {
    expect(organizationsOf('我每天吃一个苹果，苹果很甜。')).toEqual([]);
  });

  it('a product-like word after 的 that has no number stays a word: 地平线的尽头', () => {
    expect(organizationsOf('我们走到了地平线的尽头，理想的样子也变了。')).toEqual([]);
  });
});
