// Tests for extract/stages/segment.ts: every transcript format as a small fixture, plus tables of
// hard-wrap, label and boilerplate cases. Expectations are what a reader of the transcript would say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';
import { parseLabel } from '../../extract/stages/segment/labels.ts';
import { joinLines } from '../../extract/stages/segment/text.ts';
import type { SegmentedDocument } from '../../extract/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const load = (name: string): SegmentedDocument =>
  segment({ id: name.replace(/\.(md|txt)$/, ''), path: name, text: readFileSync(join(FIXTURES, name), 'utf8') });
const of = (text: string): SegmentedDocument => segment({ id: 'doc', path: 'doc.md', text });
const turns = (doc: SegmentedDocument) => doc.segments.filter((s) => s.kind === 'turn');
const kinds = (doc: SegmentedDocument) => doc.segments.map((s) => s.kind[0]).join('');

describe('segment: formats (fixtures)', () => {
  const cases: [string, { kinds: string; labels: string[]; lang: string; title: string }][] = [
    // b = boilerplate, n = narration, t = turn. A transcript that opens with a turn is titled by its file name.
    ['wechat-article.zh.md', { kinds: 'bbbbnttttt' + 'bbbbbbb', labels: ['主持人王磊', '李飞飞', '主持人', '李飞飞', '主持人'], lang: 'zh', title: '对话李飞飞：空间智能是AI的下一个前沿' }],
    ['podcast.en.md', { kinds: 'tttttbtt', labels: ['Jane Park', 'Omar Haddad', 'Priya Nair', 'Jane Park', 'Priya Nair', 'Omar', 'Priya Nair'], lang: 'en', title: 'podcast.en' }],
    ['plain-colon.zh.txt', { kinds: 'tttt', labels: ['张小明', '刘洋', '张小明', '刘洋'], lang: 'zh', title: 'plain-colon.zh' }],
    ['qa.en.md', { kinds: 'ntttt', labels: ['Q', 'A', 'Q', 'A'], lang: 'en', title: 'Five questions for a robotics founder' }],
    ['timestamps.en.txt', { kinds: 'tttttt', labels: ['Alice Brown', 'Bob Stone', 'Alice Brown', 'Bob Stone', 'Alice Brown', 'Bob Stone'], lang: 'en', title: 'timestamps.en' }],
    ['narration-only.en.md', { kinds: 'nnn', labels: [], lang: 'en', title: 'The lab released its report on Tuesday. It covers safety evaluations' }],
    ['frontmatter.en.md', { kinds: 'bbntttt', labels: ['Ann Lee', 'Bo Chen', 'Ann Lee', 'Bo Chen'], lang: 'en', title: 'Scaling laws, revisited' }],
    ['mixed.md', { kinds: 'ntttt', labels: ['陈静', 'Sam Altman（OpenAI CEO）', '主持人', 'Sam'], lang: 'mixed', title: 'AI 圆桌：Agents in production' }],
  ];
  it.each(cases)('%s', (name, expected) => {
    const doc = load(name);
    expect(kinds(doc)).toBe(expected.kinds);
    expect(turns(doc).map((t) => t.speakerLabel)).toEqual(expected.labels);
    expect(doc.document.lang).toBe(expected.lang);
    expect(doc.document.title).toBe(expected.title);
  });

  it('WeChat article: header is boilerplate, intro is narration, headings are sections, tail is boilerplate', () => {
    const doc = load('wechat-article.zh.md');
    const [meta, cover, follow, length, intro] = doc.segments;
    expect(meta.text).toContain('文章作者: 前沿观察');
    expect(cover.text).toMatch(/^封面图链接/);
    expect(follow.text).toContain('关注公众号');
    expect(length.text).toMatch(/^全文约/);
    expect(intro).toMatchObject({ kind: 'narration', section: null });
    expect(intro.text).toContain('她谈到了Google DeepMind与OpenAI的竞争');
    expect(turns(doc).map((t) => t.section)).toEqual(['文稿整理', '文稿整理', '关于空间智能', '关于空间智能', '关于空间智能']);
    const tail = doc.segments.slice(-7);
    expect(tail.every((s) => s.kind === 'boilerplate')).toBe(true);
    expect(tail[0].text).toBe('往期回顾');
    expect(tail.at(-1)!.text).toContain('END');
    expect(doc.segments.some((s) => s.kind !== 'boilerplate' && /往期回顾|联系负责人|mp\.weixin/.test(s.text))).toBe(false);
  });

  it('WeChat article: text on the next line, hard wraps rejoined, paragraphs of one turn joined with a newline', () => {
    const answer = turns(load('wechat-article.zh.md'))[3];
    expect(answer.text).toBe(
      '我认为语言模型像GPT-4这样的系统还缺少对世界的理解。Frontier Math 这样的基准测试也说明了推理的重要性。\n第二段：这是同一个回答的第二段。',
    );
    expect(turns(load('wechat-article.zh.md'))[2].text).toBe('你最近一直在讲空间智能，比如：机器人如何理解三维世界？');
  });

  it('podcast: timestamps leave labels and paragraph starts, a Break marker is boilerplate', () => {
    const doc = load('podcast.en.md');
    const t = turns(doc);
    expect(t[3].text).toBe("Let's start with the basics. What does Lumen Labs build?");
    expect(t[4].text).toBe('We build speech models. Our latest one, Aria, runs on a laptop.\nThe second paragraph of the same answer starts with a timestamp.');
    expect(t[2].text).toBe('Thanks for having me. [00:01:12] I have been looking forward to this.');
    expect(doc.segments.find((s) => s.kind === 'boilerplate')?.text).toMatch(/^Break/);
  });

  it('plain Name：text keeps a prose line with 比如： inside the turn', () => {
    expect(turns(load('plain-colon.zh.txt'))[0].text).toBe('大家好，今天我们聊聊大模型。比如：有人问模型能不能写代码。');
  });

  it('timestamps before or after the speaker are stripped from labels and text', () => {
    const texts = turns(load('timestamps.en.txt')).map((t) => t.text);
    expect(texts).toEqual([
      'Hello and welcome.',
      'Thanks, Alice.',
      "Let's begin.",
      'Sure thing.',
      'This speaker line has only a timestamp, the words follow.',
      'And so does this one.',
    ]);
  });

  it('no recognisable speakers: one narration segment per paragraph and an info diagnostic', () => {
    const doc = load('narration-only.en.md');
    expect(doc.segments.map((s) => s.text)).toEqual([
      'The lab released its report on Tuesday. It covers safety evaluations across three model families.',
      'Note: the figures below are preliminary. Details: https://example.org/report',
      'Reviewers said the methodology was sound, and the authors plan a follow-up study next year.',
    ]);
    expect(doc.diagnostics.map((d) => d.message).join()).toMatch(/no speaker labels/);
  });

  it('front matter and a byline are boilerplate; a heading repeating the title is no section', () => {
    const doc = load('frontmatter.en.md');
    expect(doc.segments[0].text).toMatch(/^title: "Scaling laws, revisited"\ndate: 2024-06-01/);
    expect(doc.segments[1].text).toBe('By Lena Fischer | June 2024');
    expect(turns(doc).map((t) => [t.section, t.text])).toEqual([
      [null, 'Welcome, Bo. [00:12] Glad you could come.'],
      [null, 'Thanks, Ann.'],
      ['Data', 'Where does the data come from?'],
      ['Data', 'Mostly the open web.'],
    ]);
  });

  it('an introduction line with role words stays narration', () => {
    expect(load('mixed.md').segments[0]).toMatchObject({ kind: 'narration', text: '嘉宾：Sam Altman（OpenAI CEO）；主持人：陈静' });
  });
});

describe('segment: language', () => {
  it.each([
    ['我们今天聊聊大模型的未来，以及 OpenAI 的新产品。', 'zh'],
    ['Today we talk about the future of large models.', 'en'],
    ['在通义的那几年，data pipeline 怎么搭、tokenizer 怎么设计，我都参与了。', 'mixed'],
    ['Safety comes first, 这是底线。We agree on that.', 'mixed'],
  ])('%s → %s', (text, lang) => {
    expect(of(text).document.lang).toBe(lang);
  });
});

describe('segment: hard wraps', () => {
  it.each([
    [['OpenAI首席执行官Sam', 'Altman分享了'], 'OpenAI首席执行官Sam Altman分享了'],
    [['在Frontier', 'Math基准测试中'], '在Frontier Math基准测试中'],
    [['尽管像', 'GPT-4', '这样的模型'], '尽管像GPT-4这样的模型'],
    [['打造优秀的 AI', '工具。'], '打造优秀的 AI工具。'],
    [['a state-of-the-', 'art model'], 'a state-of-the-art model'],
    [['first line', 'second line'], 'first line second line'],
    [['包括：', '* 独立工作室', '* 媒体公司'], '包括：\n* 独立工作室\n* 媒体公司'],
    [['hard break  ', 'next'], 'hard break\nnext'],
    // A podcast's chapter list: each timestamped line is an entry, not the rest of a wrapped sentence.
    [['时间线', '02:15 Claude Code为什么火了', '18:40 Cursor和Windsurf的竞争', '[35:10] 开源模型'], '时间线\n02:15 Claude Code为什么火了\n18:40 Cursor和Windsurf的竞争\n[35:10] 开源模型'],
    [['Chapters', '(00:00) Intro', '(04:12) Why agents now'], 'Chapters\n(00:00) Intro\n(04:12) Why agents now'],
    // A header's short lines stay lines; prose wrapped at the margin is one line, even before a capital.
    [
      ['CS 329: Frontiers of Machine Learning — Guest Lecture Q&A', 'Department of Computer Science, Carnegie Mellon University', 'Transcribed by the course staff. Audience questions are paraphrased where the audio was unclear.'],
      'CS 329: Frontiers of Machine Learning — Guest Lecture Q&A\nDepartment of Computer Science, Carnegie Mellon University\nTranscribed by the course staff. Audience questions are paraphrased where the audio was unclear.',
    ],
    [
      ['Nicholas Harris co-founded Lightmatter in 2017 after finishing his PhD at MIT, where he', "worked in Dirk Englund's lab. The Boston company has raised more than 850 million", 'Dollars, it says.'],
      "Nicholas Harris co-founded Lightmatter in 2017 after finishing his PhD at MIT, where he worked in Dirk Englund's lab. The Boston company has raised more than 850 million Dollars, it says.",
    ],
    [['A short line of a long paragraph that ends with the', 'Next capitalised word, then the rest of the sentence, which runs on to the margin.'], 'A short line of a long paragraph that ends with the Next capitalised word, then the rest of the sentence, which runs on to the margin.'],
    // A guest list one person a line under its title: each entry a line (joined, "副主席刘永灼" read as one name).
    [['【嘉宾介绍】', '张剑，中国足球协会副主席', '刘永灼，广州队前董事长、广州富力集团高管'], '【嘉宾介绍】\n张剑，中国足球协会副主席\n刘永灼，广州队前董事长、广州富力集团高管'],
    [['嘉宾：', '欧阳明，星储科技创始人', '陈立，红杉中国合伙人'], '嘉宾：\n欧阳明，星储科技创始人\n陈立，红杉中国合伙人'],
    // …also under a bare title, the name and who they are parted by a space, and a credit "主持 Name Outlet Title".
    [['嘉宾', '卜凡 青禾农业创始人', '周岚 GreenLeaf 前市场总监', '主持 宋楠 农经周刊 主编'], '嘉宾\n卜凡 青禾农业创始人\n周岚 GreenLeaf 前市场总监\n主持 宋楠 农经周刊 主编'],
    // …and a management list, each line who they are, a space and the name ("首席财务官 贺晴").
    [['出席管理层：', '联合创始人、董事长兼首席执行官 韩立新', '首席财务官 贺晴'], '出席管理层：\n联合创始人、董事长兼首席执行官 韩立新\n首席财务官 贺晴'],
    // …but Chinese wrapped at the margin still joins, even where a line opens with a name and a comma.
    [['他说这件事情在我们看来', '王总，你怎么看这个问题？'], '他说这件事情在我们看来王总，你怎么看这个问题？'],
    [['我们认为，这件事很重要', '我们认为，下一步是出海'], '我们认为，这件事很重要我们认为，下一步是出海'],
    [['今天的嘉宾', '我们使用 Claude 做了很多', '他们使用 GPT 写代码'], '今天的嘉宾我们使用 Claude 做了很多他们使用 GPT 写代码'],
  ])('%j → %s', (lines, joined) => {
    expect(joinLines(lines)).toBe(joined);
  });
});

describe('segment: a header of short lines in a transcript wrapped at the margin', () => {
  // The header's lines are all short, so against its own longest line none is; against the margin the rest of the
  // document wraps at (about 76 characters here), each one ends early, as a line of its own does.
  const wrapped = [
    'Premier League — Northfield Rovers 2-1 Castlebridge',
    'Northfield Community Stadium, Leeds. Saturday 14 March 2026',
    '',
    'MANAGER: Look, it was a big one for the supporters. Castlebridge are a quality',
    'side and their manager has built something special there, but I thought we',
    'were brave from the first whistle, we pressed high when they tried to play out',
    'from the back, and the lads deserved the three points today.',
    '',
    'REPORTER: You changed the shape at half time. What did you see from the bench',
    'that made you go to a back three, and did the players take to it straight away',
    'or did it need a few minutes of shouting from the touchline to settle in?',
    '',
    'MANAGER: We were too open down the left, so we tucked in and it gave us control',
    'of the middle of the park. The players knew it from training, they took to it',
    'without any fuss, and once we had the ball we could find the spare man easily.',
    '',
    'REPORTER: Your striker has now scored in four games in a row. Is he the best',
    'finisher you have worked with, and will you rest him before the cup tie on',
    'Wednesday, given how many minutes he has played over the last three weeks?',
].join('\n');

  it('keeps each header line a line of its own', () => {
    expect(of(wrapped).segments[0].text).toBe('Premier League — Northfield Rovers 2-1 Castlebridge\nNorthfield Community Stadium, Leeds. Saturday 14 March 2026');
  });

  it('still joins the speakers\' wrapped lines into one', () => {
    expect(turns(of(wrapped))[0].text).toBe('Look, it was a big one for the supporters. Castlebridge are a quality side and their manager has built something special there, but I thought we were brave from the first whistle, we pressed high when they tried to play out from the back, and the lads deserved the three points today.');
  });

  it('leaves a transcript not wrapped at the margin as its header paragraph alone decides', () => {
    const unwrapped = ['Premier League — Northfield Rovers 2-1 Castlebridge', 'Northfield Community Stadium, Leeds', '', 'MANAGER: Look, it was a big one.'].join('\n');
    expect(of(unwrapped).segments[0].text).toBe('Premier League — Northfield Rovers 2-1 Castlebridge Northfield Community Stadium, Leeds');
  });

  it('keeps the header\'s lines apart in a transcript whose paragraphs are each one long line (not wrapped at all)', () => {
    const long = (who: string, words: string) => `${who}: ${words} ${'And that is how the label grew, one niche folk record after another, with a long tail of listeners. '.repeat(2)}`;
    const text = [
      'Switched on Pop — Bonus Episode: The Business of Streaming',
      'Recorded at the Sony Hall, New York',
      '',
      long('Charlie Harding', 'This is the show.'),
      '',
      long('Jeanne Moreau-Blake', 'Thanks for having me.'),
      '',
      long('Charlie Harding', 'Who distributes you?'),
    ].join('\n');
    expect(of(text).segments[0].text).toBe('Switched on Pop — Bonus Episode: The Business of Streaming\nRecorded at the Sony Hall, New York');
  });
});

describe('segment: speaker labels', () => {
  it.each([
    ['**主持人Melissa Koide：** Sam，欢迎', '主持人Melissa Koide', 'Sam，欢迎'],
    ['**Sam Altman：**', 'Sam Altman', ''],
    ['**主持人** 最近你发布了', '主持人', '最近你发布了'],
    ['**Cristóbal Valenzuela****：**', 'Cristóbal Valenzuela', ''],
    ['**Jane Doe:** Hello', 'Jane Doe', 'Hello'],
    ['**Break**: \\[16:18\\]', 'Break', ''],
    ['Jane Doe: Hello', 'Jane Doe', 'Hello'],
    ['张三：你好', '张三', '你好'],
    ['Q: Why?', 'Q', 'Why?'],
    ['[00:12:03] Jane Doe: Hi', 'Jane Doe', 'Hi'],
    ['\\[04:19\\] Jane Doe: Hi', 'Jane Doe', 'Hi'],
    ['(00:12) Jane Doe: Hi', 'Jane Doe', 'Hi'],
    ['00:12:03 Jane Doe: Hi', 'Jane Doe', 'Hi'],
    ['Jane Doe [00:12:03]: Hi', 'Jane Doe', 'Hi'],
    ['**Jane Doe:** \\[24:20\\] So', 'Jane Doe', 'So'],
    ['Sam Altman（OpenAI CEO）：我认为', 'Sam Altman（OpenAI CEO）', '我认为'],
    ['**主持人：请问你怎么看？**', '主持人', '请问你怎么看？'],
  ])('%s → label %s', (line, label, rest) => {
    expect(parseLabel(line)).toMatchObject({ label, rest });
  });

  it.each([
    'https://example.org/a: b',
    'The result was: good',
    '我想说的是：这个问题很难',
    '这是一个很长很长很长很长很长的句子开头：然后冒号',
    'Since 12:30 people came',
    'It was, in short: fine',
  ])('%s is no label', (line) => {
    expect(parseLabel(line)).toBeNull();
  });

  it.each([
    ['Note: prose, even twice', 'Intro paragraph.\n\nNote: first remark.\n\nNote: second remark.\n', 'nnn'],
    ['比如： in prose, even twice', '开头一段。\n\n比如：第一个例子。\n\n比如：第二个例子。\n', 'nnn'],
    ['a label used once without bold or role', 'Intro.\n\nMaybe: this is prose.\n', 'nn'],
    ['a recurring plain label', 'Ann Lee: hi\n\nBo Chen: hello\n\nAnn Lee: bye\n\nBo Chen: bye\n', 'tttt'],
    ['Q/A on consecutive lines', 'Q: one?\nA: two.\nQ: three?\nA: four.\n', 'tttt'],
    ['a bold label with colon used once', '**Ann Lee:** Hello there.\n', 't'],
    ['a whole bolded line with a role word', '**主持人：请问？**\n\n**嘉宾：** 好。\n', 'tt'],
    ['a bolded list item is prose', '开头。\n\n**独立工作室：一些小型独立电影制作公司。**\n', 'nn'],
    ['bolded callouts used once are prose', '开头。\n\n**重点：这是一句话。**\n\n**结论：再一句。**\n', 'nnn'],
    ['a single full name once speakers exist', 'Ann Lee: hi\n\nBo Chen: hello\n\nAnn Lee: bye\n\nCara Diaz: one time only\n', 'tttt'],
    // 万 is a surname, so 万字实录 looks like a name; on the first line with a headline after it, it is the title.
    ['a headline on the first line is no speaker', '万字实录：朱思远谈合成数据与创业\n\nQ: 欢迎。\n\nA: 谢谢。\n\nQ: 再见。\n\nA: 再见。\n', 'ntttt'],
    ['an English headline on the first line is no speaker', 'Practical AI: Chris Brennan on building Quarry Robotics\n\nQ: Welcome.\n\nA: Thanks.\n\nQ: Bye.\n\nA: Bye.\n', 'ntttt'],
    ['a first line that is speech stays a turn', '张伟：大家好，欢迎收听。\n\nQ: 欢迎。\n\nA: 谢谢。\n\nQ: 再见。\n\nA: 再见。\n', 'ttttt'],
  ])('%s', (_, text, expected) => {
    expect(kinds(of(text))).toBe(expected);
  });
});

describe('segment: boilerplate markers are structural', () => {
  it('a reading list before the conversation does not swallow it', () => {
    const doc = of('# 推荐阅读\n\n[1、[标题](https://a.b/c)\n\n导语。\n\n**主持人：** 你好。\n\n**嘉宾：** 你好。\n');
    expect(kinds(doc)).toBe('bbntt');
    expect(doc.segments.map((s) => s.section)).toEqual([null, null, null, null, null]);
  });

  it('a marker word inside a turn does not end the conversation', () => {
    const doc = of('**主持人：** 你看过往期回顾吗？相关阅读 --END-- 都在这里。\n\n**嘉宾：** 看过。\n\n**主持人：** 好。\n');
    expect(kinds(doc)).toBe('ttt');
  });
  it.each([
    ['a 往期回顾 heading', '# 往期回顾\n\n[1、[标题](https://a.b/c)\n'],
    ['a bracketed 【往期回顾】 line', '#  \n【往期回顾】\n\n[1、[标题](https://a.b/c)\n'],
    ['--END--', '**\\--END--**\n\nmore text\n'],
    ['a rule after the last turn', '* * *\n\n我们团队专注企业服务\n'],
    ['a line of links after the last turn', '[1、[标题](https://a.b/c)\n\n一些后续文字\n'],
  ])('%s starts the trailing boilerplate', (_, tail) => {
    const doc = of(`**A:** one.\n\n**B:** two.\n\n**A:** three.\n\n${tail}`);
    const after = doc.segments.slice(3);
    expect(doc.segments.slice(0, 3).every((s) => s.kind === 'turn')).toBe(true);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((s) => s.kind === 'boilerplate')).toBe(true);
  });
});

describe('segment: header boilerplate', () => {
  it.each([
    '作者｜张三',
    '编辑丨李四',
    '本文约3000字，建议阅读8分钟',
    '全文约4,000 字，阅读约需 8分钟',
    '图片来源：网络',
    '文章作者: 某某\n发布时间: 2024-12-21 04:51\n发布地: 上海',
    '**（关注公众号并设为🌟标，获取最新资讯）**',
    'Listen on Apple Podcasts and Spotify.',
    'By Lena Fischer | June 2024',
    '![cover](https://example.org/cover.png)',
  ])('%j is boilerplate, the intro after it narration', (header) => {
    const doc = of(`${header}\n\n导语一段。\n\n张三：你好。\n\n李四：你好。\n\n张三：再见。\n`);
    expect(kinds(doc)).toBe('bnttt');
  });
});

describe('segment: purity and determinism', () => {
  it('gives the same output twice and does not mutate its input', () => {
    const source = { id: 'p', path: 'p.md', text: readFileSync(join(FIXTURES, 'wechat-article.zh.md'), 'utf8') };
    const copy = structuredClone(source);
    expect(JSON.stringify(segment(source))).toBe(JSON.stringify(segment(source)));
    expect(source).toEqual(copy);
  });
});

describe('segment: editor notes after the last turn', () => {
  const talk = (closing: string) => `**Ann Lee:** Where does the data come from?\n\n**Bo Chen:** Mostly the open web.\n\nAnd some licensed books.\n\n${closing}\n`;
  const zh = (closing: string) => `主持人：数据从哪里来？\n\n嘉宾：主要来自公开网页。\n\n也有一些授权的书。\n\n${closing}\n`;
  it.each([
    ['（本文根据现场速记整理，经嘉宾审阅）', zh],
    ['本文整理自《硅谷夜话》播客第12期，有删节。', zh],
    ['*（全文完）*', zh],
    ['下期预告：我们将对话一位芯片设计师。', zh],
    ['This transcript has been edited for length and clarity.', talk],
    ['*This interview has been lightly edited and condensed.*', talk],
    ['(Edited for length and clarity.)', talk],
    ['Next session: 14:30, Room B — "Trucks without drivers". Sponsored by Qualcomm.', talk],
    ['Sponsored by Northwind Robotics. Recorded live at the Autonomy Summit.', talk],
    ['---\nNext up: the lightning talks in Hall 2.', talk],
  ])('%s is not the last speaker’s words', (closing, make) => {
    const doc = of(make(closing));
    const last = turns(doc).at(-1)!;
    expect(last.text).toMatch(/^(?:Mostly the open web\.\nAnd some licensed books\.|主要来自公开网页。\n也有一些授权的书。)$/);
    const rest = doc.segments.slice(doc.segments.indexOf(last) + 1);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((s) => s.kind === 'boilerplate')).toBe(true);
  });

  it.each([
    ['Sponsorship matters less than people think.', talk],
    ['This is the part where data quality matters most.', talk],
    ['本来我们也考虑过合成数据。', zh],
    ['以上是我的看法。', zh],
  ])('a last paragraph in the speaker’s voice stays in the turn: %s', (closing, make) => {
    const doc = of(make(closing));
    expect(turns(doc).at(-1)!.text.endsWith(closing)).toBe(true);
    expect(doc.segments.at(-1)!.kind).toBe('turn');
  });
});

describe('segment: odd real-world inputs', () => {
  it('an SRT dump: cue numbers and timings go, Name: prefixes become turns, split sentences rejoin', () => {
    const srt = [
      '1', '00:00:01,000 --> 00:00:04,000', 'Jane Doe: Welcome to the show.', '',
      '2', '00:00:04,500 --> 00:00:08,000', 'John Roe: Thanks for having me.', '',
      '3', '00:00:08,000 --> 00:00:10,000', 'It is great to be here, and I want', '',
      '4', '00:00:10,000 --> 00:00:12,000', 'to talk about robots.', '',
      '5', '00:00:12,000 --> 00:00:14,000', 'Jane Doe: Let us start.', '',
    ].join('\n');
    const doc = of(srt);
    expect(turns(doc).map((t) => [t.speakerLabel, t.text])).toEqual([
      ['Jane Doe', 'Welcome to the show.'],
      ['John Roe', 'Thanks for having me. It is great to be here, and I want to talk about robots.'],
      ['Jane Doe', 'Let us start.'],
    ]);
    expect(doc.segments.some((s) => /-->|^\d+$/m.test(s.text))).toBe(false);
  });

  it('a WebVTT dump: header and NOTE go, voice tags name the speaker, captions without names are narration', () => {
    const vtt = 'WEBVTT\nKind: captions\n\nNOTE exported by hand\n\n00:00:01.000 --> 00:00:04.000 align:start\n<v Jane Doe>Welcome to the show.</v>\n\n00:00:04.500 --> 00:00:08.000\n<v John Roe><i>Thanks</i> for having me.\n\n00:00:08.500 --> 00:00:09.000\n<v Jane Doe>Great.\n';
    expect(turns(of(vtt)).map((t) => `${t.speakerLabel}: ${t.text}`)).toEqual(['Jane Doe: Welcome to the show.', 'John Roe: Thanks for having me.', 'Jane Doe: Great.']);
    const plain = of('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWelcome to the show.\n\n00:00:04.500 --> 00:00:08.000\nToday we talk about robots.\n');
    expect(plain.segments.map((s) => [s.kind, s.text])).toEqual([['narration', 'Welcome to the show. Today we talk about robots.']]);
  });

  it('a Teams WebVTT export: cue identifiers go, and one speaker\'s run of cues is one turn', () => {
    const vtt = [
      'WEBVTT', '',
      '6a1c2f3e-4b5d-4c6e-8f70-9a1b2c3d4e5f/11-0', '00:00:02.100 --> 00:00:05.400', '<v Maren Holt>Thanks for joining, everyone.</v>', '',
      '6a1c2f3e-4b5d-4c6e-8f70-9a1b2c3d4e5f/12-0', '00:00:05.900 --> 00:00:09.000', '<v Maren Holt>Dev, can you start with the rollout?</v>', '',
      '6a1c2f3e-4b5d-4c6e-8f70-9a1b2c3d4e5f/19-0', '00:00:09.800 --> 00:00:13.200', '<v Dev Anand>Sure. Berlin went live on Monday.</v>', '',
      'closing', '00:00:13.900 --> 00:00:15.000', '<v Maren Holt>Great.</v>', '',
    ].join('\n');
    expect(turns(of(vtt)).map((t) => `${t.speakerLabel}: ${t.text}`)).toEqual([
      'Maren Holt: Thanks for joining, everyone. Dev, can you start with the rollout?',
      'Dev Anand: Sure. Berlin went live on Monday.',
      'Maren Holt: Great.',
    ]);
    expect(of(vtt).segments.some((s) => /6a1c2f3e|closing/.test(s.text))).toBe(false);
  });

  it("a Riverside export: the name over each turn's time range, the range no words of anyone's", () => {
    const text = 'Lena Brandt\n00:00:00 - 00:00:06\nWelcome back. Kofi, you spent ten years at Siemens.\n\nKofi Mensah\n00:00:07 - 00:00:12\nRight, and now I run a startup.\n\nLena Brandt\n00:01:02 - 00:01:05\nWhy leave?\n';
    expect(turns(of(text)).map((t) => `${t.speakerLabel}: ${t.text}`)).toEqual([
      'Lena Brandt: Welcome back. Kofi, you spent ten years at Siemens.',
      'Kofi Mensah: Right, and now I run a startup.',
      'Lena Brandt: Why leave?',
    ]);
  });

  it("an earnings call's Operator announces, but is no speaker", () => {
    const doc = of('Operator: Good day, and welcome to the call. I hand over to Juan Lin.\n\nJuan Lin: Hello everyone.\n\nOperator: Our next question comes from Gary Yu with Morgan Stanley.\n\nGary Yu: Thank you.\n');
    expect(kinds(doc)).toBe('ntnt');
    expect(turns(doc).map((t) => t.speakerLabel)).toEqual(['Juan Lin', 'Gary Yu']);
    expect(doc.segments[2].text).toBe('Operator: Our next question comes from Gary Yu with Morgan Stanley.');
  });

  it('an audience member asks, but is no speaker named "Audience Member"', () => {
    const doc = of('Moderator: Any questions?\n\nAudience Member: A question for Bernt. How big is the fleet?\n\nBernt Børnich: About a hundred robots.\n\n观众：我想问一下成本。\n');
    expect(turns(doc).map((t) => t.speakerLabel)).toEqual(['Moderator', 'Bernt Børnich']);
    const narration = doc.segments.filter((s) => s.kind === 'narration').map((s) => s.text);
    expect(narration).toHaveLength(2);
    expect(narration[0]).toContain('How big is the fleet?');
    expect(narration[1]).toContain('我想问一下成本。');
  });

  it('a line wholly in 【】 heads a section; it is not words of the turn before it', () => {
    const doc = of('【开场】\n\n[00:00:05] 主持人：欢迎收听，我是王小明。\n\n[00:00:21] 李静：大家好。\n\n【从业经历】\n\n[00:01:02] 主持人：你在公司待了几年？\n\n[00:01:06] 李静：六年。【插话】不对，七年。\n');
    expect(doc.segments.map((s) => [s.kind, s.section, s.speakerLabel, s.text])).toEqual([
      ['turn', '开场', '主持人', '欢迎收听，我是王小明。'],
      ['turn', '开场', '李静', '大家好。'],
      ['turn', '从业经历', '主持人', '你在公司待了几年？'],
      ['turn', '从业经历', '李静', '六年。【插话】不对，七年。'],
    ]);
    const laugh = of('主持人：你好。\n\n李静：我们做了六年。\n\n【笑】\n\n其实是七年。\n\n主持人：好的。\n\n李静：是的。\n');
    expect(turns(laugh).map((t) => [t.speakerLabel, t.section, t.text])).toEqual([
      ['主持人', null, '你好。'],
      ['李静', null, '我们做了六年。\n【笑】\n其实是七年。'],
      ['主持人', null, '好的。'],
      ['李静', null, '是的。'],
    ]);
  });

  it('zero-width spaces, soft hyphens, non-breaking spaces and tabs do not split or hide a speaker', () => {
    const doc = of('Jane\u200b Doe: Hello.\n\nJohn\u00a0Roe: Hi, Jane.\n\nJane Doe:\tHow are you?\n\n\tJohn Roe: Fine, thanks to Open\u00adAI.\n');
    expect(turns(doc).map((t) => `${t.speakerLabel}: ${t.text}`)).toEqual([
      'Jane Doe: Hello.',
      'John Roe: Hi, Jane.',
      'Jane Doe: How are you?',
      'John Roe: Fine, thanks to OpenAI.',
    ]);
  });
});

describe('segment: a host addressing a guest by name', () => {
  it('"主持人：张伟，你们…" after the talk has begun is a turn, not an introduction of 张伟', () => {
    const doc = of('主持人：大家好，今天的嘉宾是张伟。\n\n张伟：大家好。\n\n主持人：张伟，你们公司最近在做什么？\n\n张伟：我们在做仓储机器人。\n');
    expect(turns(doc).map((s) => `${s.speakerLabel}：${s.text}`)).toEqual(['主持人：大家好，今天的嘉宾是张伟。', '张伟：大家好。', '主持人：张伟，你们公司最近在做什么？', '张伟：我们在做仓储机器人。']);
  });
});
