// Tests for Chinese person names in extract/stages/mentions/zh.ts, through the whole pipeline: a two-character name
// does not swallow the verb after it (李华是, 创始人李华接受), the name is the person's.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const build = (text: string) => extractDocument({ id: 'names.zh', path: 'names.zh.md', text }, context);

describe('two-character Chinese names', () => {
  it.each([
    ['李华是星海智能的创始人，我们和他聊了聊。', '李华'],
    ['星海智能创始人李华接受了我们的专访。', '李华'],
    ['联合创始人林知远表示，今年会量产。', '林知远'],
  ])('%s → the person %s', (text, name) => {
    const doc = build(`# 专访\n\n${text}\n\n主持人：你好。\n\n嘉宾：你好。`);
    const persons = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(persons).toEqual([name]);
  });

  it('a name written alone elsewhere is not swallowed with the verb after it (杨建聊)', () => {
    const doc = build('主持人：怎么决定出来的？\n\n嘉宾：我和彭莉、杨建聊了很多次。杨建是前英伟达工程师。');
    const persons = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label).sort();
    expect(persons).toEqual(['彭莉', '杨建']);
  });

  it('a transliterated full name with a middle dot is one person (克里斯·米勒)', () => {
    const doc = build('主持人：最近读什么书？\n\n嘉宾：《芯片战争》，克里斯·米勒写的。');
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label)).toEqual(['克里斯·米勒']);
  });

  it('a common word after a title is no name (投资者关系总监陈晓: no person 关系)', () => {
    const doc = build('# 纪要\n\n参会人：CFO李倩、投资者关系总监陈晓\n\n李倩：今年收入增长五成。\n\n陈晓：谢谢大家。');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.label).sort()).toEqual(['李倩', '陈晓']);
  });

  it('a unit after a numeral (7纳米芯片) is no product', () => {
    const doc = build('主持人：流片贵吗？\n\n嘉宾：一颗7纳米芯片流片就要几千万美元。');
    expect(doc.entities.filter((e) => e.type === 'product').map((e) => e.label)).toEqual([]);
  });

  it('the founder named in an intro founded the company, under their own name', () => {
    const doc = build('# 专访\n\n星海智能创始人李华接受了我们的专访。\n\n提问：你为什么离开腾讯？\n\n李华：我想自己试试。');
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    const founded = doc.relations.filter((r) => r.type === 'FOUNDED').map((r) => `${label.get(r.source)} → ${label.get(r.target)}`);
    expect(founded).toEqual(['李华 → 星海智能']);
  });
});

describe('a dictionary word the tagger tags as a name is no person by its surname alone', () => {
  it.each([
    ['我们的雷达方案毛利很高，高阶智驾也在做。'],
    ['罗盘和孔径都是光学的词，康复训练也很重要。'],
  ])('%s', (text) => {
    const doc = extractDocument({ id: 'words.zh', path: 'words.zh.md', text: `主持人：说说产品。\n\n王磊：${text}` }, { lexicon: loadLexicon(), rules: loadRelationRules() });
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label)).toEqual([]);
  });

  it('a name with a cue stays a name: 网球运动员李娜表示', () => {
    const doc = extractDocument({ id: 'names.zh', path: 'names.zh.md', text: '主持人：说说体育。\n\n王磊：网球运动员李娜表示，她很喜欢这个城市。' }, { lexicon: loadLexicon(), rules: loadRelationRules() });
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label)).toEqual(['李娜']);
  });
});

describe('a person’s team: X团队, X课题组', () => {
  it('陈天桥团队, 韩思远课题组: the full name is a person, not a company; an unknown company’s team stays a company', () => {
    const doc = build('主持人：合作方是谁？\n\n嘉宾：我们和陈天桥团队、韩思远课题组都有合作，星海智能团队也在做。');
    const types = Object.fromEntries(doc.entities.filter((e) => !e.speaker).map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ 陈天桥: 'person', 韩思远: 'person', 星海智能: 'organization' });
  });
});

describe('a surname and the verb after it, a director addressed as 郭导', () => {
  it('大刘是我们的顾问: no person 刘是; 单台成本: no person 单台', () => {
    const doc = build('主持人：剧本呢？\n\n郭明远：大刘是我们的文学顾问，老王说也可以。三年内会有公司把单台成本降到十万元以下。');
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label)).toEqual([]);
  });

  it('郭导，… is the speaker 郭明远, no new person', () => {
    const doc = build('主持人：郭导，这一部有什么不同？\n\n郭明远：用了很多AI。');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.label).sort()).toEqual(['主持人 (host)', '郭明远']);
  });
});

describe('names with a compound surname (欧阳, 司马, 上官)', () => {
  it.each([
    ['今天请到了北辰医院的欧阳明日博士，我们聊聊影像。', '欧阳明日'],
    ['这个方法是司马青教授提出来的。', '司马青'],
    ['她最喜欢的历史人物是上官婉儿。', '上官婉儿'],
  ])('%s → the person %s', (text, name) => {
    const doc = build(`# 专访\n\n${text}\n\n主持人：你好。\n\n嘉宾：你好。`);
    const persons = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(persons).toEqual([name]);
  });
});

describe('a speaker greeted by the surname and a title (冯总好)', () => {
  it('冯总好 is the speaker 冯远 greeted, not a person 冯总好', () => {
    const doc = build('主持人：冯总好。很多玩家都知道您以前在网易。\n\n冯远：对，王导好。');
    const persons = doc.entities.filter((e) => e.type === 'person').map((e) => e.label);
    expect(persons).not.toContain('冯总好');
    expect(persons).not.toContain('王导好');
    expect(doc.entities.find((e) => e.label === '冯远')?.aliases).toContain('冯总');
  });
});

describe('a foreign full name with a middle dot is one person, however the tagger cut it', () => {
  it('悉达多·穆克吉 (悉/ns 达/v 多/m · 穆克/nz 吉/nr)', () => {
    const doc = build('主持人：最近读什么书？\n\n嘉宾：在读《众病之王》，作者是悉达多·穆克吉，写得非常好。');
    const persons = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(persons).toEqual(['悉达多·穆克吉']);
  });
});

describe('the tail of a company or product name is no person (国轩高科, 凌芯01)', () => {
  it('国轩高科也给我们供货，还有自研的凌芯01', () => {
    const doc = build('主持人：电池和芯片呢？\n\n嘉宾：另外国轩高科也给我们供货。还有一部分自研的凌芯01。李华2019年加入了我们。');
    const persons = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(persons).toEqual(['李华']);
  });
});

describe('约翰 (John) in a dotted foreign name', () => {
  it('Stellantis的董事长约翰·艾尔坎 is one person', () => {
    const doc = build('主持人：谁来过？\n\n嘉宾：Stellantis的董事长约翰·艾尔坎也来过杭州。');
    const persons = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(persons).toEqual(['约翰·艾尔坎']);
  });
});

describe('a Han name after a Latin officer title (CEO唐唯实)', () => {
  it.each([
    ['Stellantis的CEO唐唯实来过好几次。', '唐唯实'],
    ['Stellantis的CEO 唐唯实来过好几次。', '唐唯实'],
  ])('%s → %s', (line, name) => {
    const doc = build(`主持人：谁来过？\n\n嘉宾：${line}`);
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label)).toEqual([name]);
  });
});

describe('a verb the tagger glues onto a three-character guess stays out of the name (汪滔带, 孙丽请)', () => {
  it.each([
    ['主持人：说说你的老领导。\n\n嘉宾：汪滔带出来的人很多。', 'Frank Wang'],
    ['主持人：说说那次聚会。\n\n嘉宾：孙丽请大家吃饭。', '孙丽'],
  ])('%s → %s', (text, name) => {
    const persons = build(text).entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(persons).toEqual([name]);
  });
});
