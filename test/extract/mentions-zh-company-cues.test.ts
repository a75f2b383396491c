// Chinese companies no lexicon has, named by what only a company does: raising a round (星河智能完成了…融资), leading
// one (远景创投领投), an officer named after it (北辰科技董事长陈立平), being founded, or a product of its (面壁智能的MiniCPM).
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const organizationsOf = (text: string): string[] =>
  extractDocument({ id: 'cues.zh', path: 'cues.zh.md', text: `主持人：最近行业里有什么新闻？\n\n王磊：${text}` }, context)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.label)
    .sort();

describe('a company cue makes a trade-word name a company, whatever the tagger made of its stem', () => {
  it.each([
    ['星河智能完成了由远景创投领投、红石资本跟投的2亿元A轮融资。', ['星河智能', '远景创投']],
    ['前沿智能宣布完成新一轮融资。', ['前沿智能']],
    ['北辰科技董事长陈立平以前在华为工作。', ['北辰科技']],
    ['他在2019年创立了深蓝智能。', ['深蓝智能']],
    ['我们在端侧用的是面壁智能的MiniCPM。', ['面壁智能']],
    ['这一轮由青松智能领投，红杉跟投。', ['青松智能']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(expect.arrayContaining(organizations));
  });

  it.each([
    ['医疗数据负责人王强说这个方向很热。'],
    ['汽车智能完成度很高，融资环境也不错。'],
    ['汽车电子的API很好用。'],
  ])('a trade phrase without such a cue stays a phrase: %s', (text) => {
    expect(organizationsOf(text)).toEqual([]);
  });
});

describe('由X领投: the name between 由 and an investment verb is an investor, an organisation', () => {
  it.each([
    ['本轮由杭州云栖领投，老股东跟投。', ['杭州云栖']],
    ['B轮由明势资本领投。', ['明势资本']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(expect.arrayContaining(organizations));
  });

  it('a pronoun or a common noun there is none: 由他们领投, 由政府领投', () => {
    expect(organizationsOf('上一轮由他们领投，这一轮由政府领投。')).toEqual([]);
  });
});

describe('the investors listed before a round verb, after 由 or 老股东', () => {
  it.each([
    ['本轮由明势资本领投，老股东奇绩创坛、云启资本继续加注。', ['云启资本', '奇绩创坛', '明势资本']],
    ['由杭州云栖和峰瑞资本联合领投。', ['峰瑞资本', '杭州云栖']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(expect.arrayContaining(organizations));
  });

  it('a list with no 由 or 股东 before it names no one: 我们和他们都跟投', () => {
    expect(organizationsOf('我们和他们都跟投了。')).toEqual([]);
  });
});

describe('a stem the tagger cut into single characters (云/ns 岫/ns 科技) is still the company name', () => {
  it('林澜（云岫科技创始人兼CEO）', () => {
    expect(organizationsOf('今天的嘉宾林澜是云岫科技创始人，云岫科技做推理加速。')).toEqual(['云岫科技']);
  });
});

describe('the whole object of a founding verb is a company, found again wherever the text repeats it', () => {
  it('在杭州创办了青瓷数码。青瓷数码的第一款游戏', () => {
    const text = '主持人：聊聊你的经历。\n\n王磊：2016年我离开网易，在杭州创办了青瓷数码。青瓷数码的第一款游戏是一款手游。';
    const found = extractDocument({ id: 'founded.zh', path: 'founded.zh.md', text }, context).entities.find((e) => e.label === '青瓷数码');
    expect(found?.type).toBe('organization');
    expect(found?.mentions).toHaveLength(2);
  });

  it.each([['他创办了游戏公司。'], ['她创立了个人品牌。'], ['我们创办了一家公司。']])('a kind of thing founded is no name: %s', (text) => {
    expect(organizationsOf(text)).toEqual([]);
  });
});

describe('a proper noun before 证券, 保险, 期货 or 信托 is a financial firm', () => {
  it('之前在天风证券工作过，华安证券、泰康保险和国元期货也都找过我', () => {
    // 泰康保险 is in the lexicon (Taikang Insurance Group); the three others only the cue finds.
    expect(organizationsOf('我之前在天风证券工作过几年，华安证券、泰康保险和国元期货也都找过我。')).toEqual(['Taikang Insurance Group', '华安证券', '国元期货', '天风证券']);
  });

  it('a broker named after an old region the tagger calls a place: 东吴证券, 长江证券', () => {
    expect(organizationsOf('东吴证券的分析师认为会回暖，长江证券也这么看。')).toEqual(['东吴证券', '长江证券']);
  });

  it('a known place before 证券, or a trade word after it, is no broker: 深圳证券, 西南证券行业', () => {
    expect(organizationsOf('深圳证券和上海证券的监管不同，西南证券行业也在变。')).toEqual([]);
  });

  it('a place or a common noun before it makes a market, not a firm: 香港证券市场, 互联网证券', () => {
    expect(organizationsOf('香港证券市场和互联网证券都在变。')).toEqual([]);
  });
});

describe('a short form glossing a registered name is that company', () => {
  it('杭州云栖科技有限公司，也就是大家常说的云栖科创，', () => {
    const doc = extractDocument({ id: 'gloss.zh', path: 'gloss.zh.md', text: '主持人：说说。\n\n王磊：杭州云栖科技有限公司，也就是大家常说的云栖科创，今年很忙。' }, context);
    const company = doc.entities.find((e) => e.label === '杭州云栖科技有限公司');
    expect(company?.aliases).toContain('云栖科创');
    expect(doc.entities.filter((e) => e.type === 'organization')).toHaveLength(1);
  });

  it('（简称X） after a registered name; no gloss after an ordinary sentence', () => {
    const doc = extractDocument({ id: 'gloss.zh', path: 'gloss.zh.md', text: '主持人：说说。\n\n王磊：合肥市星河能源有限公司（简称星河能源）在扩产。大家常说的还有很多。' }, context);
    expect(doc.entities.find((e) => e.label === '合肥市星河能源有限公司')?.aliases).toContain('星河能源');
  });
});

describe('a name written right after 合资公司 or 子公司 is that company', () => {
  it('成立了合资公司星舟国际，星舟国际负责海外；子公司青禾智造', () => {
    expect(organizationsOf('双方成立了合资公司星舟国际。星舟国际负责海外销售，子公司青禾智造负责生产。')).toEqual(['星舟国际', '青禾智造']);
  });

  it('a common word after the kind names none: 合资公司越来越多，合资公司管理层', () => {
    expect(organizationsOf('合资公司越来越多，合资公司管理层也换了，子公司员工和股东都在。')).toEqual([]);
  });

  it('a name before the act of a subsidiary: 子公司四川时代入股了洛阳钼业', () => {
    expect(organizationsOf('公司通过子公司四川时代入股了一家矿业公司。')).toEqual(['四川时代']);
  });

  it('a post before the act names none: 子公司财务总监负责审计', () => {
    expect(organizationsOf('子公司财务总监负责审计，子公司管理层负责运营。')).toEqual([]);
  });
});

describe('a registered name, a place first and 有限公司 last, is one organisation', () => {
  it('合肥市建设投资控股（集团）有限公司；杭州云栖科技有限公司', () => {
    expect(organizationsOf('合肥市建设投资控股（集团）有限公司继续发挥作用，我们和杭州云栖科技有限公司签了合同。')).toEqual(['合肥市建设投资控股（集团）有限公司', '杭州云栖科技有限公司']);
  });

  it('one holding a company the lexicon knows is that company; 一家有限公司 is none', () => {
    expect(organizationsOf('深圳市腾讯计算机系统有限公司是主体，他在一家有限公司上班。')).toEqual(['Tencent']);
  });
});

describe('the investors of an investment received: 获得了A和B的投资', () => {
  it('今年北辰获得了上海国投和珠海华发的投资', () => {
    expect(organizationsOf('今年北辰获得了上海国投和珠海华发的投资。')).toEqual(['上海国投', '珠海华发']);
  });

  it('a common noun names none: 获得了国家的投资，拿到了社会资本的战略投资', () => {
    expect(organizationsOf('我们获得了国家的投资，也拿到了社会资本的战略投资。')).toEqual([]);
  });
});
