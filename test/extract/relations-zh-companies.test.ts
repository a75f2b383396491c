// Tests for Chinese company rules of extract/data/relations.json: the company behind a product (X背后的公司Y), and a
// company founded after leaving a job, told in a later clause of the sentence about the founder.
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(`主持人：说说这家公司？\n\n王磊：${text}`, 'companies.zh', 'han');

describe('the company behind a product', () => {
  it.each([
    ['Cursor背后的公司Anysphere最近又融资了。', 'Anysphere -DEVELOPED-> Cursor'],
    ['Anysphere是Cursor背后的公司。', 'Anysphere -DEVELOPED-> Cursor'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});

describe('founded after leaving, in a later clause', () => {
  it('陈立平曾任百度技术总监，2021年离开百度后创立北辰科技', () => {
    const found = relationsOf('陈立平曾任百度技术总监，2021年离开百度后创立了北辰科技。');
    expect(found, found.join('\n')).toContain('陈立平 -FOUNDED-> 北辰科技');
  });

  it('another person named between founds nothing for the first', () => {
    const found = relationsOf('陈立平曾任百度技术总监，他的同事李娜离开百度后创立了北辰科技。');
    expect(found, found.join('\n')).not.toContain('陈立平 -FOUNDED-> 北辰科技');
  });
});

describe('a guest profile in brackets: 林澜（云岫科技创始人兼CEO，前阿里云资深专家）', () => {
  it('founder, CEO and staff of the first organisation, a past job after 前', () => {
    const found = relationsOf('今天的两位嘉宾：\n林澜（北辰科技创始人兼CEO，前阿里云资深专家）\n周南（字节跳动推理负责人）');
    for (const r of ['林澜 -FOUNDED-> 北辰科技', '林澜 -CEO_OF-> 北辰科技', '林澜 -WORKED_AT-> 阿里云', '周南 -WORKS_AT-> 字节跳动']) expect(found, found.join('\n')).toContain(r);
    expect(found, found.join('\n')).not.toContain('林澜 -WORKS_AT-> 阿里云');
  });
});

describe('a company right before its product: 腾讯混元, 华为昇腾', () => {
  it('阿里通义千问和腾讯混元也都在降价，我们和华为昇腾做了适配', () => {
    const found = relationsOf('阿里通义千问和腾讯混元也都在降价，我们和华为昇腾做了适配。');
    for (const r of ['阿里 -DEVELOPED-> 通义千问', '腾讯 -DEVELOPED-> 混元', '华为 -DEVELOPED-> 昇腾']) expect(found, found.join('\n')).toContain(r);
  });
});

describe('partners of a 跟/和 list: 我们跟A和B都有合作', () => {
  it('the speaker’s company partners with each; the first of the list is no partner of the second', () => {
    const found = relationsOf('我是王磊，云栖数据的创始人。我们主要做工厂，跟比亚迪和蔚来都有合作。');
    expect(found).toEqual(expect.arrayContaining(['云栖数据 -PARTNERS_WITH-> 比亚迪', '云栖数据 -PARTNERS_WITH-> 蔚来']));
    expect(found).not.toContain('比亚迪 -PARTNERS_WITH-> 蔚来');
  });

  it('X与Y合作 with X the subject still is X’s partnership', () => {
    expect(relationsOf('听说比亚迪与蔚来在电池上有合作。')).toContain('比亚迪 -PARTNERS_WITH-> 蔚来');
  });
});

describe('我们和Y合作 by a speaker whose organisation the conversation does not name', () => {
  it.each([
    ['我们和商汤科技合作了两年，效果不错。', '王磊 -PARTNERS_WITH-> 商汤科技'],
    ['我们跟英伟达、高通都有合作。', '王磊 -PARTNERS_WITH-> 高通'],
    ['我们和英伟达在Isaac Sim上有合作，训练数据来自仿真。', '王磊 -PARTNERS_WITH-> 英伟达'],
  ])('%s', (text, relation) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(relation);
  });

  it('the speaker’s organisation when it is known', () => {
    expect(relationsOf('我是王磊，云栖数据的创始人。我们和商汤科技合作了两年。')).toContain('云栖数据 -PARTNERS_WITH-> 商汤科技');
  });

  it('a denied partnership is none: 我们和商汤科技没有合作', () => {
    const found = relationsOf('我们和商汤科技没有合作。');
    expect(found.filter((r) => r.includes('PARTNERS_WITH')), found.join('\n')).toEqual([]);
  });
});

describe('a company’s customers and sites, the object named first', () => {
  it.each([
    ['我是王磊，云栖数据的创始人。比如招商银行就是我们的客户。', '云栖数据 -SUPPLIES-> 招商银行'],
    ['我是王磊，云栖数据的创始人。宝马和丰田都是我们的客户。', '云栖数据 -SUPPLIES-> 宝马'],
    ['宁德时代在匈牙利建了工厂，给宝马供货。', '宁德时代 -LOCATED_IN-> 匈牙利'],
    ['中国联通、华为都在贵州和甘肃建设了大型数据中心。', '华为 -LOCATED_IN-> 甘肃'],
    ['比亚迪还是龙头，它的刀片电池和云辇系统都是标杆。', '比亚迪 -DEVELOPED-> 刀片电池'],
    ['小米汽车的SU7卖得很好。', '小米汽车 -DEVELOPED-> Xiaomi SU7'],
    ['我是王磊，云栖数据的创始人。云栖数据今年发布了自己的Agent框架LumenFlow，LumenFlow现在有很多用户。', '云栖数据 -RELEASED-> LumenFlow'],
  ])('%s', (text, relation) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(relation);
  });

  it('它的 after another name in between is not the first company’s', () => {
    const found = relationsOf('比亚迪很强，但宁德时代更强，它的麒麟电池是标杆。');
    expect(found).not.toContain('比亚迪 -DEVELOPED-> 麒麟电池');
  });

  it('a person building something somewhere is no company located there', () => {
    const found = relationsOf('我是王磊，云栖数据的创始人。我朋友在匈牙利建了工厂。');
    expect(found.filter((r) => r.includes('LOCATED_IN'))).toEqual([]);
  });
});

describe('a company under its group, a product named before its kind', () => {
  it.each([
    ['蚂蚁集团是阿里巴巴旗下的金融科技公司，总部在杭州。', '蚂蚁集团 -PART_OF-> 阿里巴巴'],
    ['我是王磊，云栖数据的创始人。我们的NovaScan平台现在覆盖CT和MR。', '云栖数据 -DEVELOPED-> NovaScan'],
  ])('%s', (text, relation) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(relation);
  });
});

describe('a mixed Chinese-English founder’s story', () => {
  const text = [
    '主持人：今天的嘉宾是Corvid Labs的co-founder兼CTO Mark Lin。',
    '',
    'Mark Lin：我们Corvid Labs是2023年在Seattle成立的，做推理优化。Anthropic和Cohere都在用我们的推理引擎，我们叫它Quasar。',
    '其实我们是在vLLM的基础上改出来的Quasar。',
  ].join('\n');
  it.each([
    ['Mark Lin -FOUNDED-> Corvid Labs'],
    ['Corvid Labs -LOCATED_IN-> Seattle'],
    ['Corvid Labs -SUPPLIES-> Anthropic'],
    ['Corvid Labs -SUPPLIES-> Cohere'],
    ['Corvid Labs -DEVELOPED-> Quasar'],
    ['Quasar -BUILT_ON-> vLLM'],
  ])('%s', (relation) => {
    const found = relationsOfText(text, 'mixed.zh', 'han');
    expect(found, found.join('\n')).toContain(relation);
  });

  it('customers using 我们的推理引擎 use no concept', () => {
    expect(relationsOfText(text, 'mixed.zh', 'han').filter((r) => r.includes('-USES->'))).toEqual([]);
  });
});

describe('where an event is held', () => {
  it.each([
    ['在杭州举办的“2027全球智能汽车峰会”上，我们发布了新车。', '2027全球智能汽车峰会 -LOCATED_IN-> 杭州'],
    ['“2027全球智能汽车峰会”今年在杭州召开。', '2027全球智能汽车峰会 -LOCATED_IN-> 杭州'],
  ])('%s', (text, relation) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(relation);
  });
});

describe('business phrasings of Chinese news', () => {
  it.each([
    ['小米与宁德时代联合推出了Pulsar X1。', ['小米 -RELEASED-> Pulsar X1']],
    ['百度和吉利汽车成立了合资公司极悦。', ['百度 -FOUNDED-> 极悦', '吉利汽车 -FOUNDED-> 极悦']],
    ['腾讯以30亿美元收购了饿了么。', ['腾讯 -ACQUIRED-> 饿了么']],
    ['蔚来的最大竞争对手是理想汽车。', ['理想汽车 -COMPETES_WITH-> 蔚来']],
    ['宁德时代是宝马的电池供应商。', ['宁德时代 -SUPPLIES-> 宝马']],
    ['周立行创立的云栖数据今年上市了。', ['周立行 -FOUNDED-> 云栖数据']],
  ])('%s', (text, relations) => {
    const found = relationsOf(text);
    for (const r of relations) expect(found, found.join('\n')).toContain(r);
  });

  it('子公司叫X: the tagger’s 叫X is no company', () => {
    const doc = extractText('主持人：说说？\n\n王磊：我们在深圳有一家子公司叫云帆。', 'sub.zh');
    expect(doc.entities.map((e) => e.label)).not.toContain('叫云帆');
  });
});

describe('a news sentence about a company, its later clauses without a subject', () => {
  const news = (text: string) => relationsOfText(`# 快讯\n\n${text}\n\n主持人：你好。\n\n周予安：你好。`, 'news.zh', 'han');
  it('星枢机器人成立于2022年，总部位于深圳，创始人兼CEO周予安毕业于清华大学', () => {
    const found = news('星枢机器人成立于2022年，总部位于深圳，创始人兼CEO周予安毕业于清华大学。');
    for (const r of ['星枢机器人 -HEADQUARTERED_IN-> 深圳', '周予安 -FOUNDED-> 星枢机器人', '周予安 -CEO_OF-> 星枢机器人']) expect(found, found.join('\n')).toContain(r);
  });

  it('another company named between takes the clause: the founder is of the nearer one', () => {
    const found = news('星枢机器人的大客户是比亚迪，创始人王传福很看好这个方向。');
    expect(found, found.join('\n')).not.toContain('王传福 -FOUNDED-> 星枢机器人');
  });
});

describe('a joint venture of two companies: 上汽和通用的合资品牌', () => {
  it.each([
    ['上汽的问题在于转型慢，不过上汽和通用的合资品牌还在贡献利润。', '上汽 -PARTNERS_WITH-> 通用'],
    ['丰田与广汽的合资公司去年卖得不错。', '丰田 -PARTNERS_WITH-> 广汽'],
  ])('%s', (text, relation) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(relation);
  });
});

describe("a supplier named first: X是我们的供应商", () => {
  it.each([
    ['我是王磊，零跑汽车的创始人。宁德时代是我们的主要电池供应商。', '宁德时代 -SUPPLIES-> 零跑汽车'],
    ['我是王磊，云栖数据的创始人。台积电和三星都是我们的代工厂。', '三星 -SUPPLIES-> 云栖数据'],
  ])('%s', (text, relation) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(relation);
  });
});

describe('founders with a group and a place: 我和杨奇等几个从腾讯出来的同事在深圳创立了游戏科学', () => {
  const text = '2014年，我和杨奇等几个从腾讯出来的同事在深圳创立了游戏科学。';

  it('the speaker and the person named founded it', () => {
    const found = relationsOf(text);
    for (const r of ['王磊 -FOUNDED-> 游戏科学', '杨奇 -FOUNDED-> 游戏科学']) expect(found, found.join('\n')).toContain(r);
  });

  it('the company they left is not placed where the new one was founded', () => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).not.toContain('腾讯 -LOCATED_IN-> 深圳');
    expect(relationsOf('腾讯1998年在深圳成立。')).toContain('腾讯 -LOCATED_IN-> 深圳');
  });
});
