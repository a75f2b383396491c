// Tests for the Chinese funding-round rules of extract/data/relations.json: "Y完成了由A领投、B跟投的…融资" states
// that A and B invested in Y, the round told before or after a comma, the company named or not.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../extract/index.ts';
import { context, relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(`主持人：最近有什么新闻？\n\n王磊：${text}`, 'funding.zh', 'han');

describe('a funding round: 由A领投、B跟投', () => {
  it.each([
    ['星河智能完成了由红杉中国领投、高瓴创投跟投的2亿元A轮融资。', ['红杉中国 -INVESTED_IN-> 星河智能', '高瓴创投 -INVESTED_IN-> 星河智能']],
    ['北辰科技宣布完成新一轮融资，由IDG资本领投，小米、腾讯跟投。', ['IDG资本 -INVESTED_IN-> 北辰科技', '小米 -INVESTED_IN-> 北辰科技', '腾讯 -INVESTED_IN-> 北辰科技']],
    ['Anysphere最近完成了由Thrive Capital领投的新一轮融资。', ['Thrive Capital -INVESTED_IN-> Anysphere']],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it('the lead of one round is no investor in a company of another sentence', () => {
    const found = relationsOf('星河智能去年完成了A轮融资。今年的B轮由红杉中国领投。');
    expect(found.filter((r) => r.includes('INVESTED_IN')), found.join('\n')).toEqual([]);
  });
});

describe('old shareholders adding to their stake (老股东A、B继续加注)', () => {
  it('星河智能完成了B轮融资，由红杉中国领投，老股东高瓴创投继续加注', () => {
    const found = relationsOf('星河智能近日完成了B轮融资，由红杉中国领投，老股东高瓴创投、IDG资本继续加注。');
    for (const r of ['红杉中国 -INVESTED_IN-> 星河智能', '高瓴创投 -INVESTED_IN-> 星河智能', 'IDG资本 -INVESTED_IN-> 星河智能']) expect(found, found.join('\n')).toContain(r);
  });
});

describe('a second investment in a later clause: X投资了A，也投资了B', () => {
  it('腾讯投资了月之暗面，也投资了智谱', () => {
    const found = relationsOf('腾讯投资了月之暗面，也投资了智谱。');
    for (const r of ['腾讯 -INVESTED_IN-> 月之暗面', '腾讯 -INVESTED_IN-> 智谱']) expect(found, found.join('\n')).toContain(r);
  });
});

describe('a portfolio: 我们投了十几个项目，其中包括Y', () => {
  it('the speaker\'s fund invested in each company listed', () => {
    const doc = extractDocument(
      { id: 'portfolio.zh', path: 'portfolio.zh.md', text: '主持人：欢迎红杉中国合伙人郑庆生。\n\n郑庆生：我在红杉中国主要看AI应用，今年我们投了十几个项目，其中包括月之暗面和智谱。' },
      context,
    );
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    const found = doc.relations.map((r) => `${label.get(r.source)} -${r.type}-> ${label.get(r.target)}`);
    for (const r of ['HongShan -INVESTED_IN-> Moonshot AI', 'HongShan -INVESTED_IN-> Zhipu AI']) expect(found, found.join('\n')).toContain(r);
  });
});

describe('an investor’s portfolio with no other subject: 在X做投资，投过A和B', () => {
  it('the speaker’s fund invested in each', () => {
    const found = relationsOfText('主持人：介绍一下？\n\n陶乐：我是陶乐，在蓝湖资本做投资，投过宇树科技和银河通用。', 'portfolio2.zh', 'han');
    for (const r of ['蓝湖资本 -INVESTED_IN-> 宇树科技', '蓝湖资本 -INVESTED_IN-> 银河通用']) expect(found, found.join('\n')).toContain(r);
  });

  it('someone else’s clause (他投过X) is not the speaker’s', () => {
    const found = relationsOfText('主持人：介绍一下？\n\n陶乐：我在蓝湖资本做投资。他投过宇树科技。', 'portfolio3.zh', 'han');
    expect(found.filter((r) => r.includes('INVESTED_IN'))).toEqual([]);
  });
});

describe('an investor in each of a list: 腾讯投资了A和B', () => {
  it('both', () => {
    const found = relationsOf('腾讯投资了智谱和月之暗面。');
    for (const r of ['腾讯 -INVESTED_IN-> 智谱', '腾讯 -INVESTED_IN-> 月之暗面']) expect(found, found.join('\n')).toContain(r);
  });
});

describe('an investor joining a round: 由A领投，B也参与了', () => {
  it.each([
    ['星河智能完成了由红杉中国领投的A轮融资，Y Combinator也参与了。', ['红杉中国 -INVESTED_IN-> 星河智能', 'Y Combinator -INVESTED_IN-> 星河智能']],
    ['星河智能宣布完成新一轮融资，由红杉中国领投，腾讯和小米也参与了本轮投资。', ['腾讯 -INVESTED_IN-> 星河智能', '小米 -INVESTED_IN-> 星河智能']],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it('the guest’s company, its round told without its name', () => {
    const found = relationsOfText(
      '主持人：今天的嘉宾是星河智能的创始人王磊。\n\n王磊：谢谢。这一轮融资由红杉中国领投，Y Combinator也参与了。',
      'funding-guest.zh',
      'han',
    );
    expect(found, found.join('\n')).toContain('Y Combinator -INVESTED_IN-> 星河智能');
  });

  it('joining something else is no investment: 腾讯也参与了讨论', () => {
    const found = relationsOf('星河智能完成了由红杉中国领投的A轮融资，腾讯也参与了讨论。');
    expect(found.filter((r) => r.startsWith('腾讯')), found.join('\n')).toEqual([]);
  });
});

describe('我们 + the company named, then the investor: 我们青禾智能拿了红杉中国的天使轮', () => {
  it.each([
    ['我是青禾智能的创始人。我们青禾智能去年拿了红杉中国的天使轮，主要做法律行业。', '红杉中国 -INVESTED_IN-> 青禾智能'],
    ['我是星海智能的创始人。我们星海智能今年获得了高瓴创投的A轮投资。', '高瓴创投 -INVESTED_IN-> 星海智能'],
  ])('%s', (line, expected) => {
    const found = relationsOf(line);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a customer is no investor: 我们青禾智能拿了红杉中国的订单', () => {
    const found = relationsOf('我是青禾智能的创始人。我们青禾智能拿了红杉中国的订单。');
    expect(found.filter((r) => r.includes('INVESTED_IN')), found.join('\n')).toEqual([]);
  });
});

describe('two groups after the lead: 由A领投，B、C跟投，老股东D继续加注', () => {
  it('each of both groups invested', () => {
    const found = relationsOf('星枢机器人近日完成5亿元B轮融资，由高瓴创投领投，美团龙珠、顺为资本跟投，老股东奇绩创坛继续加注。');
    for (const r of ['高瓴创投 -INVESTED_IN-> 星枢机器人', '美团龙珠 -INVESTED_IN-> 星枢机器人', '顺为资本 -INVESTED_IN-> 星枢机器人', '奇绩创坛 -INVESTED_IN-> 星枢机器人']) {
      expect(found, found.join('\n')).toContain(r);
    }
  });
});

describe('a minority stake bought is an investment, not an acquisition', () => {
  it.each([
    ['2021年腾讯收购了快手5%的股份，只是财务投资。', '腾讯 -INVESTED_IN-> 快手', '腾讯 -ACQUIRED-> 快手'],
    ['阿里巴巴买入了小红书部分股权。', '阿里巴巴 -INVESTED_IN-> 小红书', '阿里巴巴 -ACQUIRED-> 小红书'],
    ['后来腾讯收购了快手。', '腾讯 -ACQUIRED-> 快手', '腾讯 -INVESTED_IN-> 快手'],
  ])('%s', (text, stated, not) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(stated);
    expect(found).not.toContain(not);
  });
});

describe('"X是我们早期的投资方": X invested in the speaker\'s company', () => {
  const intro = '主持人：今天的嘉宾是星河智能的创始人陈一凡。\n\n陈一凡：你好。';
  it('英雄互娱是我们早期的投资方，红杉也是我们的股东', () => {
    const found = relationsOfText(`${intro}英雄互娱是我们早期的投资方，红杉也是我们的股东。`, 'funding.zh', 'han');
    expect(found, found.join('\n')).toEqual(expect.arrayContaining(['英雄互娱 -INVESTED_IN-> 星河智能', '红杉 -INVESTED_IN-> 星河智能']));
  });

  it('a rival or a client is no investor: 英雄互娱是我们的竞争对手', () => {
    const found = relationsOfText(`${intro}英雄互娱是我们的竞争对手，腾讯是我们的客户。`, 'funding.zh', 'han');
    expect(found.filter((r) => r.includes('INVESTED_IN'))).toEqual([]);
  });
});

describe('the short verb after a named investor: X又投了Y, X也投过A和B', () => {
  it.each([
    ['红杉中国也投过宇树科技和银河通用。', ['红杉中国 -INVESTED_IN-> 宇树科技', '红杉中国 -INVESTED_IN-> 银河通用']],
    ['合肥市建设投资控股（集团）有限公司，也就是大家常说的合肥建投，是个很会投的机构。后来合肥建投又投了长鑫存储。', ['合肥建投 -INVESTED_IN-> 长鑫存储']],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it('a vote is no company: 腾讯投了反对票', () => {
    const found = relationsOf('腾讯投了反对票。');
    expect(found.filter((r) => r.includes('INVESTED_IN')), found.join('\n')).toEqual([]);
  });
});
