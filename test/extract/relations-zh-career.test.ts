// Tests for the Chinese career rules of extract/data/relations.json (and its supersedes list), through the whole
// pipeline: a job someone left (从X出来, 离开X, 曾在X, 前X员工) is WORKED_AT, the company founded after it FOUNDED.
import { describe, expect, it } from 'vitest';
import { relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(text, 'career.zh', 'han');

describe('Chinese careers: past jobs and the company founded after', () => {
  it.each([
    ['主持人：今天聊创业。\n\n嘉宾：王小川从搜狗出来后创办了百川智能。', ['王小川 -WORKED_AT-> 搜狗', '王小川 -FOUNDED-> 百川智能'], ['王小川 -WORKS_AT-> 搜狗']],
    ['主持人：说说你的朋友。\n\n嘉宾：李开复曾在谷歌工作，后来去了别处。', ['李开复 -WORKED_AT-> 谷歌'], ['李开复 -WORKS_AT-> 谷歌']],
    ['主持人：说说你的朋友。\n\n嘉宾：张宏江是前微软员工，现在做投资。', ['张宏江 -WORKED_AT-> 微软'], ['张宏江 -WORKS_AT-> 微软']],
    ['主持人：说说你的朋友。\n\n嘉宾：李彦宏离开了搜狐，后来的事大家都知道。', ['李彦宏 -WORKED_AT-> 搜狐'], []],
  ])('%s', (text, expected, absent) => {
    const found = relationsOf(text);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
    for (const r of absent) expect(found, found.join('\n')).not.toContain(r);
  });

  it('a job the host says the guest left is past, even where the guest says "我在搜狗做了十几年"', () => {
    const found = relationsOf('**主持人：** 你为什么从搜狗出来做百川？\n\n**王小川：** 我在搜狗做了十几年搜索，后来想做大模型。');
    expect(found).toContain('王小川 -WORKED_AT-> 搜狗');
    expect(found).not.toContain('王小川 -WORKS_AT-> 搜狗');
  });

  it('a job held now stays current, and a teacher at a university did not study there', () => {
    const found = relationsOf('主持人：说说你的同事。\n\n嘉宾：徐波在阿里巴巴工作。刘洋老师在清华大学，陈静在清华大学读博。');
    expect(found).toContain('徐波 -WORKS_AT-> 阿里巴巴');
    expect(found).not.toContain('刘洋 -STUDIED_AT-> 清华大学');
    expect(found).toContain('陈静 -STUDIED_AT-> 清华大学');
  });

  it('之前也在X is a past job, and so is 那时候我在X负责…', () => {
    const found = relationsOf('主持人：你们怎么认识的？\n\n陈维：彭莉之前也在英特尔。那时候我在AMD上海研发中心负责图形架构。');
    expect(found).toContain('彭莉 -WORKED_AT-> 英特尔');
    expect(found.filter((r) => r.startsWith('陈维 -WORKS_AT->'))).toEqual([]);
  });

  it('a past job in a clause with its subject left out: 我现在在腾讯工作，之前在百度做了三年', () => {
    const found = relationsOf('主持人：你现在在哪？\n\n李明：我现在在腾讯工作，之前在百度做了三年。\n\n主持人：那王刚呢？\n\n李明：我觉得王刚现在在华为，之前在小米。');
    expect(found).toContain('李明 -WORKED_AT-> 百度');
    expect(found).toContain('李明 -WORKS_AT-> 腾讯');
    expect(found).toContain('王刚 -WORKED_AT-> 小米');
    expect(found).not.toContain('李明 -WORKED_AT-> 小米');
  });

  it('a yes/no question about leaving states nothing', () => {
    expect(relationsOf('**主持人：** 你会离开腾讯吗？\n\n**马化腾：** 不会。').filter((r) => r.includes('WORKED_AT'))).toEqual([]);
  });
});

describe('a former post: 以前是 / 之前是 / 曾是 Y 的 title', () => {
  it.each([
    ['主持人：介绍一下团队？\n\n嘉宾：我们的联合创始人吴德明，他以前是百度的工程师。', '吴德明 -WORKED_AT-> 百度'],
    ['主持人：介绍一下你自己？\n\n嘉宾：我以前是华为的芯片架构师，后来出来创业。', '嘉宾 -WORKED_AT-> 华为'],
    ['主持人：你的CTO呢？\n\n嘉宾：韩晓雪曾是高通的研究员。', '韩晓雪 -WORKED_AT-> 高通'],
    ['主持人：谁负责研究？\n\n嘉宾：我们的 head of research Tom Reyes，他之前是 Google Brain 的研究员。', 'Tom Reyes -WORKED_AT-> Google Brain'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
    expect(found, found.join('\n')).not.toContain(expected.replace('WORKED_AT', 'WORKS_AT'));
  });
});

describe('the head of one function works at the company, does not lead it', () => {
  it('云帆智能的算法负责人许嘉言: WORKS_AT only after 加入了; no LEADS; 创始成员来自清华大学 is no supplier', () => {
    const found = relationsOf(
      '主持人：今天我们请到了云帆智能的算法负责人许嘉言。嘉言你好！\n\n许嘉言：大家好。\n\n主持人：说说公司？\n\n' +
        '许嘉言：2023年我加入了云帆智能。云帆智能的很多创始成员来自清华大学。',
    );
    expect(found.some((r) => /嘉言 -WORKS_AT-> 云帆智能$/.test(r)), found.join('\n')).toBe(true);
    expect(found.some((r) => r.includes('-LEADS->')), found.join('\n')).toBe(false);
    expect(found.some((r) => r.includes('SUPPLIES')), found.join('\n')).toBe(false);
  });
});

describe('a speaker\'s career told without 我 in each clause', () => {
  it('待了三年, 毕业以后在 X 做了四年, 之前在 X 实习过 are past jobs; 然后在 X 读了 master is study; the CTO\'s old job is hers', () => {
    const found = relationsOf(
      '主持人：介绍一下你自己。\n\n嘉宾：我本科在浙江大学读计算机，然后在 Carnegie Mellon 读了 master。毕业以后在 Stripe 做了四年，之前还在美团实习过。' +
        '我在字节跳动待了三年。我们的CTO何静，她以前在高通做了十年。吴德明老师是我们的首席科学家。',
    );
    for (const r of ['嘉宾 -STUDIED_AT-> Carnegie Mellon University', '嘉宾 -WORKED_AT-> Stripe', '嘉宾 -WORKED_AT-> 美团', '嘉宾 -WORKED_AT-> 字节跳动', '何静 -WORKED_AT-> 高通']) {
      expect(found, found.join('\n')).toContain(r);
    }
    expect(found, found.join('\n')).not.toContain('嘉宾 -WORKED_AT-> 高通');
  });
});

describe('"X是我们的首席科学家": the name first', () => {
  it('works at the speaker\'s company', () => {
    const found = relationsOf('主持人：今天的嘉宾是云帆智能的创始人邓远。邓远你好！\n\n邓远：你好。\n\n主持人：团队呢？\n\n邓远：吴德明老师是我们的首席科学家。');
    expect(found, found.join('\n')).toContain('吴德明 -WORKS_AT-> 云帆智能');
  });
});

describe("the speaker's company's places, the company unnamed in the clause", () => {
  it('公司总部在北京; 我们在慕尼黑开了一个办公室', () => {
    const found = relationsOf('主持人：今天的嘉宾是云帆智能的创始人邓远。邓远你好！\n\n邓远：你好。\n\n主持人：公司在哪？\n\n邓远：公司总部在北京海淀。去年我们在慕尼黑开了一个办公室。');
    expect(found, found.join('\n')).toContain('云帆智能 -HEADQUARTERED_IN-> 北京');
    expect(found, found.join('\n')).toContain('云帆智能 -LOCATED_IN-> 慕尼黑');
  });
});

describe('a product made together with another company', () => {
  it('今年也和长安汽车一起做了…: the speaker\'s company partners with it; 他和X一起做了 is not the speaker\'s', () => {
    const found = relationsOf('主持人：今天的嘉宾是云帆智能的创始人邓远。邓远你好！\n\n邓远：你好。今年也和长安汽车一起做了座舱里的语音助手。');
    expect(found, found.join('\n')).toContain('云帆智能 -PARTNERS_WITH-> 长安汽车');
    const other = relationsOf('主持人：今天的嘉宾是云帆智能的创始人邓远。邓远你好！\n\n邓远：你好。我的朋友王刚，他和长安汽车一起做了座舱。');
    expect(other.some((r) => r.startsWith('云帆智能 -PARTNERS_WITH->')), other.join('\n')).toBe(false);
  });
});

describe('investors who all followed on', () => {
  it('后来红杉和高瓴都跟投了: each invested in the guest\'s company', () => {
    const found = relationsOf('主持人：今天的嘉宾是云帆智能的创始人邓远。邓远你好！\n\n邓远：你好。\n\n主持人：谁投的？\n\n邓远：天使轮是经纬领投的，后来红杉和高瓴都跟投了。');
    expect(found, found.join('\n')).toContain('红杉 -INVESTED_IN-> 云帆智能');
    expect(found, found.join('\n')).toContain('高瓴 -INVESTED_IN-> 云帆智能');
  });
});

describe('a former post in a sentence with no subject', () => {
  it('以前是百度的工程师 opening the speaker\'s sentence is the speaker\'s; after "我的朋友X，" it is X\'s', () => {
    const found = relationsOf('主持人：介绍一下你自己。\n\n嘉宾：以前是百度的工程师，后来出来创业。我的朋友韩晓雪，以前是腾讯的工程师。');
    expect(found, found.join('\n')).toContain('嘉宾 -WORKED_AT-> 百度');
    expect(found, found.join('\n')).toContain('韩晓雪 -WORKED_AT-> 腾讯');
    expect(found, found.join('\n')).not.toContain('嘉宾 -WORKED_AT-> 腾讯');
  });
});

describe('leaving a company later in the sentence about him', () => {
  it('他以前是华为海思的芯片架构师，2020年离开华为后…: the person last named worked there; another name between takes it', () => {
    const found = relationsOf('主持人：介绍一下。\n\n嘉宾：我们见到了吴德明。他以前是华为海思的芯片架构师，2020年离开华为后在苏州创业。李明说，他觉得赵强离开了百度。');
    expect(found, found.join('\n')).toContain('吴德明 -WORKED_AT-> 华为');
    expect(found, found.join('\n')).not.toContain('李明 -WORKED_AT-> 百度');
  });
});

describe('a post held: 曾任 / 历任 Y 的 title is past, 现任 is present', () => {
  it.each([
    ['主持人：介绍一下董事长？\n\n嘉宾：陈立平曾任英特尔中国研究院院长，后来创办了北辰科技。', '陈立平 -WORKED_AT-> 英特尔中国研究院'],
    ['主持人：介绍一下团队？\n\n嘉宾：我们的CTO王强，他曾任腾讯副总裁。', '王强 -WORKED_AT-> 腾讯'],
    ['主持人：介绍一下你自己？\n\n嘉宾：我曾任华为海思芯片总监。', '嘉宾 -WORKED_AT-> 华为海思'],
    ['主持人：介绍一下团队？\n\n嘉宾：刘洋现任百度副总裁。', '刘洋 -WORKS_AT-> 百度'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});

describe('colleagues: X是我在Y的前同事, X是Z的前同事', () => {
  it.each([
    ['主持人：介绍一下团队？\n\n陈维：我们的首席科学家张若愚是我在百度的前同事。', '张若愚 -COLLEAGUE_OF-> 陈维'],
    ['主持人：介绍一下董事长？\n\n嘉宾：周晓峰曾任英特尔中国研究院院长，也是百度创始人李彦宏的老同事。', '周晓峰 -COLLEAGUE_OF-> 李彦宏'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});

describe('a post held, told in a later clause about the person', () => {
  it('许知行毕业于上海交通大学，曾任大疆机器人负责人', () => {
    const found = relationsOf('主持人：介绍一下？\n\n嘉宾：灵犀创始人许知行毕业于上海交通大学，曾任大疆机器人负责人。');
    expect(found, found.join('\n')).toContain('许知行 -WORKED_AT-> 大疆');
  });

  it('我 after 是 is no subject: 陈默是我在大疆的前同事，之前在谷歌做过研究', () => {
    const found = relationsOf('主持人：团队呢？\n\n嘉宾：我们的CTO陈默是我在大疆的前同事，之前在谷歌做过研究。');
    expect(found, found.join('\n')).toContain('陈默 -WORKED_AT-> 谷歌');
    expect(found, found.join('\n')).not.toContain('嘉宾 -WORKED_AT-> 谷歌');
  });
});

describe('affiliations a Chinese intro states: 来自X, 主编X, 副部长X, 局长X', () => {
  it.each([
    ['主持人：介绍一下？\n\n顾青：大家好，我是顾青，来自复旦大学计算机学院，主要做仿真。', ['顾青 -WORKS_AT-> 复旦大学计算机学院'], []],
    ['主持人：介绍一下？\n\n顾青：我目前就职于蔚来汽车。', ['顾青 -WORKS_AT-> 蔚来汽车'], []],
    ['主持人：背景？\n\n王磊：财新主编陶乐也在现场。', ['陶乐 -WORKS_AT-> 财新'], []],
    ['主持人：背景？\n\n王磊：科技部副部长单明远和国家数据局局长邹青出席了会议。', ['单明远 -WORKS_AT-> 科技部', '邹青 -LEADS-> 国家数据局'], ['单明远 -LEADS-> 科技部']],
    ['主持人：背景？\n\n王磊：北京协和医院放射科主任顾明远也来了。', ['顾明远 -WORKS_AT-> 北京协和医院'], ['顾明远 -LEADS-> 北京协和医院']],
  ])('%s', (text, expected, absent) => {
    const found = relationsOf(text);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
    for (const r of absent) expect(found, found.join('\n')).not.toContain(r);
  });

  it('a place after 来自 is where they are from, no employer', () => {
    const found = relationsOf('主持人：介绍一下？\n\n顾青：我是顾青，来自四川，做仿真。');
    expect(found.filter((r) => r.includes('WORKS_AT'))).toEqual([]);
  });
});

describe('founded together: 我和X一起创办了Y, 和我的同学X一起创办了Y', () => {
  it.each([
    ['主持人：怎么创业的？\n\n王磊：我和邹明一起创办了拾光科技。'],
    ['主持人：怎么创业的？\n\n王磊：2024年我离开百度，和我的同学邹明一起创办了拾光科技。'],
  ])('%s', (text) => {
    const found = relationsOf(text);
    for (const r of ['王磊 -FOUNDED-> 拾光科技', '邹明 -FOUNDED-> 拾光科技']) expect(found, found.join('\n')).toContain(r);
  });

  it('someone else with my classmate (他和我的同学X一起创办了Y) is not the speaker’s company', () => {
    const found = relationsOf('主持人：你朋友呢？\n\n王磊：陶乐和我的同学邹明一起创办了拾光科技。');
    expect(found).not.toContain('王磊 -FOUNDED-> 拾光科技');
  });
});

describe('posts taken, joined, left; lists founded; a later clause about the person named first', () => {
  const say = (line: string) => relationsOf(`主持人：最近有什么新闻？\n\n王磊：${line}`);
  it.each([
    ['周立行接替韩思远担任百度CEO。', ['周立行 -LEADS-> 百度'], ['韩思远 -CEO_OF-> 百度', '韩思远 -LEADS-> 百度']],
    ['韩思远出任阿里巴巴董事局主席。', ['韩思远 -LEADS-> 阿里巴巴'], []],
    ['韩思远加盟了百川智能。', ['韩思远 -WORKS_AT-> 百川智能'], []],
    ['韩思远从雅虎离职后创办了云栖数据。', ['韩思远 -WORKED_AT-> 雅虎'], []],
    ['韩思远创办了月之暗面和深度求索。', ['韩思远 -FOUNDED-> 月之暗面', '韩思远 -FOUNDED-> 深度求索'], []],
    ['韩思远毕业于清华大学，后来在卡内基梅隆大学读博。', ['韩思远 -STUDIED_AT-> 卡内基梅隆大学'], ['王磊 -STUDIED_AT-> 卡内基梅隆大学']],
    ['我本科在北大，后来在斯坦福读博。', ['王磊 -STUDIED_AT-> 斯坦福'], []],
    ['周立行是清华大学交叉信息研究院院长。', ['周立行 -LEADS-> 清华大学交叉信息研究院'], []],
    ['周立行是北京协和医院放射科主任。', ['周立行 -WORKS_AT-> 北京协和医院'], ['周立行 -LEADS-> 北京协和医院']],
    ['周立行是百度的副总裁。', ['周立行 -WORKS_AT-> 百度'], ['周立行 -LEADS-> 百度']],
    ['我在腾讯工作过三年。', ['王磊 -WORKED_AT-> 腾讯'], ['王磊 -WORKS_AT-> 腾讯']],
    ['我是王磊，在百度做过产品。', ['王磊 -WORKED_AT-> 百度'], ['王磊 -WORKS_AT-> 百度']],
    ['我在腾讯做产品。', ['王磊 -WORKS_AT-> 腾讯'], []],
    ['周立行博士是智源研究院的理事长。', ['周立行 -LEADS-> 智源研究院'], []],
    ['周立行是第四范式的创始人，韩思远是创新工场的合伙人。', ['周立行 -FOUNDED-> 第四范式', '韩思远 -WORKS_AT-> 创新工场'], []],
  ])('%s', (line, expected, absent) => {
    const found = say(line);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
    for (const r of absent) expect(found, found.join('\n')).not.toContain(r);
  });

  it('a preposition glued to a name by the tagger (从雅虎/nr) leaves a word glued inside another alone (世界和平安全)', () => {
    const found = say('我们和平安银行没谈过，只谈世界和平安全。');
    expect(found.join('\n')).not.toMatch(/平安/);
  });
});

describe('a past job in the first person: 待过, 前X的工程师', () => {
  it.each([
    ['我在微软亚洲研究院待过三年，知道大公司的节奏。', '王磊 -WORKED_AT-> 微软亚洲研究院', '王磊 -WORKS_AT-> 微软亚洲研究院'],
    ['谢谢。我是前百度的算法工程师，现在自己创业。', '王磊 -WORKED_AT-> 百度', '王磊 -WORKS_AT-> 百度'],
  ])('%s', (line, expected, absent) => {
    const found = relationsOf(`主持人：介绍一下自己？\n\n王磊：${line}`);
    expect(found, found.join('\n')).toContain(expected);
    expect(found).not.toContain(absent);
  });
});

describe('an honorific between the name and the past job: 罗晓峰博士曾在X', () => {
  it.each([
    ['联合创始人罗晓峰博士曾在波士顿动力工作六年。', '罗晓峰 -WORKED_AT-> 波士顿动力'],
    ['张伟教授之前在清华大学任教。', '张伟 -WORKED_AT-> 清华大学'],
  ])('%s', (line, expected) => {
    const found = relationsOf(`主持人：介绍一下团队？\n\n王磊：${line}`);
    expect(found, found.join('\n')).toContain(expected);
  });
});

describe('他是Y的联合创始人: the person named before', () => {
  it.each([
    ['今天请到了一位老朋友，张潇雨，他现在是一家AI编程公司码途科技的联合创始人。', '张潇雨 -FOUNDED-> 码途科技'],
    ['第二位嘉宾是周立行，她是星海智能的创始人。', '周立行 -FOUNDED-> 星海智能'],
  ])('%s', (line, expected) => {
    const found = relationsOf(`主持人：${line}\n\n王磊：谢谢。`);
    expect(found, found.join('\n')).toContain(expected);
  });
});

describe('我是Y的创始人: the speaker founded it', () => {
  it.each([
    ['我是星枢机器人的创始人，今天主要聊聊量产。', '王磊 -FOUNDED-> 星枢机器人'],
    ['我现在是一家AI编程公司码途科技的联合创始人。', '王磊 -FOUNDED-> 码途科技'],
  ])('%s', (line, expected) => {
    const found = relationsOf(`主持人：介绍一下自己？\n\n王磊：${line}`);
    expect(found, found.join('\n')).toContain(expected);
  });
});

describe('a current job at a company introduced by its name: 在一家叫Y的创业公司做CTO', () => {
  it('the speaker works there', () => {
    const found = relationsOf('主持人：介绍一下自己？\n\n王磊：我是前百度的算法工程师，现在在一家叫青禾智能的创业公司做CTO。');
    expect(found, found.join('\n')).toContain('王磊 -WORKS_AT-> 青禾智能');
  });
});

describe('leaving together: 我和X他们一起离开Y', () => {
  it.each([
    ['主持人：聊聊你的经历。\n\n赵明远：《逆水寒》是我在网易做的最后一个项目。2014年我和李华他们一起离开网易，出来创业。'],
    ['主持人：聊聊你的经历。\n\n赵明远：我在网易做游戏。后来我跟李华一起从网易出来，自己干。'],
  ])('%s', (text) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain('赵明远 -WORKED_AT-> 网易');
    expect(found).toContain('李华 -WORKED_AT-> 网易');
    expect(found).not.toContain('赵明远 -WORKS_AT-> 网易');
  });
});

describe('a chief named in a later clause of the sentence', () => {
  it.each([
    ['主持人：介绍一下。\n\n王磊：科大讯飞是合肥本土成长起来的企业，董事长刘庆峰也是全国人大代表。', '刘庆峰 -LEADS-> 科大讯飞'],
    ['主持人：介绍一下。\n\n王磊：雷军是小米的创始人，也是金山软件的董事长。', '雷军 -LEADS-> 金山软件'],
    ['主持人：介绍一下。\n\n王磊：周鸿祎很早就做安全软件，同时担任奇虎360的董事长。', '周鸿祎 -LEADS-> 奇虎360'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });

  it.each([
    ['主持人：介绍一下。\n\n王磊：我们和科大讯飞合作很多，副董事长刘庆峰来过两次。', '刘庆峰 -LEADS-> 科大讯飞'],
    ['主持人：介绍一下。\n\n王磊：雷军是小米的创始人，也是金山软件的前董事长。', '雷军 -LEADS-> 金山软件'],
    ['主持人：介绍一下。\n\n王磊：雷军说过，马化腾也是腾讯的董事长。', '雷军 -LEADS-> 腾讯'],
  ])('not: %s', (text, absent) => {
    expect(relationsOf(text)).not.toContain(absent);
  });
});

describe('the host tells the guest their post: 您是X的院长', () => {
  it.each([
    ['记者：李院长您好。您是四川大学华西医院的院长，也是呼吸科的专家。\n\n李为民：是的。', '李为民 -LEADS-> 四川大学华西医院'],
    ['主持人：您是清华大学的教授，怎么看这件事？\n\n吴翼：我觉得还早。', '吴翼 -WORKS_AT-> 清华大学'],
    ['主持人：今天的嘉宾是吴翼，他也是清华大学的助理教授。\n\n吴翼：大家好。', '吴翼 -WORKS_AT-> 清华大学'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a former or deputy post is no lead: 您是X的前院长 / 副院长', () => {
    const found = relationsOf('记者：您是四川大学华西医院的前院长，对吗？\n\n李为民：对。后来我是它的副院长。');
    expect(found).not.toContain('李为民 -LEADS-> 四川大学华西医院');
  });
});

describe('a company founded in a clause without 我', () => {
  it('后来回国在清华任教，同时创办了边塞科技', () => {
    const found = relationsOf('主持人：你回国以后呢？\n\n吴翼：我2019年加入OpenAI。后来回国在清华任教，同时创办了边塞科技。');
    expect(found, found.join('\n')).toContain('吴翼 -FOUNDED-> 边塞科技');
  });

  it.each([['马云很早就做外贸，后来创办了阿里巴巴。'], ['他在杭州读书，后来创办了阿里巴巴。']])('not when a person is named before: %s', (line) => {
    expect(relationsOf(`主持人：说说。\n\n吴翼：${line}`)).not.toContain('吴翼 -FOUNDED-> 阿里巴巴');
  });
});

describe('a founding told as a time, or asked, founds nothing', () => {
  it('最后，我想知道，创办星海智能以来，你有什么变化？', () => {
    expect(relationsOf('主持人：最后，我想知道，创办星海智能以来，你有什么变化？\n\n吴翼：变化很大。')).not.toContain('主持人 -FOUNDED-> 星海智能');
  });
});

describe('a university, a name and an academic title (中国科学技术大学潘建伟院士团队)', () => {
  it.each([
    ['主持人：说说。\n\n王俊：中国科学技术大学潘建伟院士团队孵化了这家公司。', '潘建伟 -WORKS_AT-> 中国科学技术大学'],
    ['主持人：说说。\n\n王俊：清华大学姚期智教授也来了。', '姚期智 -WORKS_AT-> 清华大学'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});

describe('study told with 以前/之前 is no past job (我之前在清华大学读本科)', () => {
  it.each([
    ['主持人：说说你自己。\n\n杨帆：我之前在清华大学读本科，后来去了美国。', '杨帆 -WORKED_AT-> 清华大学'],
    ['主持人：说说你自己。\n\n杨帆：我以前在北京大学计算机系读博士。', '杨帆 -WORKED_AT-> 北京大学'],
  ])('%s', (text, unwanted) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).not.toContain(unwanted);
  });

  it('a postdoc is a job: 我之前在清华大学做博士后', () => {
    const found = relationsOf('主持人：说说你自己。\n\n杨帆：我之前在清华大学做博士后。');
    expect(found, found.join('\n')).toContain('杨帆 -WORKED_AT-> 清华大学');
  });
});

describe('a degree as the topic of the clause: 博士是在X读的, 本科读的是X', () => {
  it.each([
    ['主持人：说说你自己。\n\n杨帆：我之前在清华大学读本科，博士是在卡内基梅隆大学读的。', '杨帆 -STUDIED_AT-> 卡内基梅隆大学'],
    ['主持人：说说你自己。\n\n杨帆：我本科读的是北京大学，硕士在斯坦福大学读的。', '杨帆 -STUDIED_AT-> 北京大学'],
    ['主持人：说说你自己。\n\n杨帆：我本科读的是北京大学，硕士在斯坦福大学读的。', '杨帆 -STUDIED_AT-> 斯坦福大学'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('someone else\'s degree is not the speaker\'s: 他本科读的是北京大学', () => {
    const found = relationsOf('主持人：说说你的同事。\n\n杨帆：他本科读的是北京大学。');
    expect(found, found.join('\n')).not.toContain('杨帆 -STUDIED_AT-> 北京大学');
  });
});

describe('a producer named after the studio and its game: 腾讯《王者荣耀》制作人李旻', () => {
  it.each([
    ['主持人：说说。\n\n王明：腾讯《王者荣耀》制作人李旻也来了。', '李旻 -WORKS_AT-> 腾讯'],
    ['主持人：说说。\n\n王明：网易制作人张明也来了。', '张明 -WORKS_AT-> 网易'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});
