// Tests for extract/stages/speakers.ts: role words and first names resolve to people, one unnamed host per
// document, every turn has a speaker, turns are numbered with turnId().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostKey } from '../../extract/keys.ts';
import { segment } from '../../extract/stages/segment.ts';
import { guestKey, resolveSpeakers } from '../../extract/stages/speakers.ts';
import { findIntroductions } from '../../extract/stages/segment/names.ts';
import { segmentRules } from '../../extract/stages/segment/rules.ts';
import type { TurnedDocument } from '../../extract/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const load = (name: string): TurnedDocument =>
  resolveSpeakers(segment({ id: name.replace(/\.(md|txt)$/, ''), path: name, text: readFileSync(join(FIXTURES, name), 'utf8') }));
const of = (text: string, id = 'doc'): TurnedDocument => resolveSpeakers(segment({ id, path: `${id}.md`, text }));
/** "label → speaker label" for each turn, in order. */
const who = (doc: TurnedDocument): string[] =>
  doc.turns.filter((t) => t.kind === 'turn').map((t) => `${t.speakerLabel} → ${doc.speakers.find((s) => s.key === t.speaker)?.label}`);

describe('resolveSpeakers: fixtures', () => {
  it.each([
    ['wechat-article.zh.md', ['主持人王磊 → 王磊', '李飞飞 → 李飞飞', '主持人 → 王磊', '李飞飞 → 李飞飞', '主持人 → 王磊'], ['王磊', '李飞飞']],
    ['podcast.en.md', ['Jane Park → Jane Park', 'Omar Haddad → Omar Haddad', 'Priya Nair → Priya Nair', 'Jane Park → Jane Park', 'Priya Nair → Priya Nair', 'Omar → Omar Haddad', 'Priya Nair → Priya Nair'], ['Jane Park', 'Omar Haddad', 'Priya Nair']],
    ['qa.en.md', ['Q → Host (host)', 'A → Maria Lopez', 'Q → Host (host)', 'A → Maria Lopez'], ['Host (host)', 'Maria Lopez']],
    ['mixed.md', ['陈静 → 陈静', 'Sam Altman（OpenAI CEO） → Sam Altman', '主持人 → 陈静', 'Sam → Sam Altman'], ['陈静', 'Sam Altman']],
    ['plain-colon.zh.txt', ['张小明 → 张小明', '刘洋 → 刘洋', '张小明 → 张小明', '刘洋 → 刘洋'], ['张小明', '刘洋']],
    ['narration-only.en.md', [], []],
    ['qa.zh.md', ['问 → 主持人 (host)', '答 → 张伟', '问 → 主持人 (host)', '答 → 张伟'], ['主持人 (host)', '张伟']],
    ['caps.en.txt', ['INTERVIEWER → Host (host)', 'JANE DOE → Jane Doe', 'INTERVIEWER → Host (host)', 'JANE DOE → Jane Doe'], ['Host (host)', 'Jane Doe']],
    ['panel.en.md', ['Moderator (Kim Park) → Kim Park', 'Speaker 1 → Speaker 1', 'Speaker 2 → Speaker 2', 'Moderator → Kim Park', 'Speaker 1 → Speaker 1'], ['Kim Park', 'Speaker 1', 'Speaker 2']],
    ['parenthetical.zh.md', ['主持人（刘芳） → 刘芳', '嘉宾（陈立，某大学教授） → 陈立', '主持人 → 刘芳', '嘉宾 → 陈立'], ['刘芳', '陈立']],
  ])('%s', (name, expectedTurns, expectedSpeakers) => {
    const doc = load(name);
    expect(who(doc)).toEqual(expectedTurns);
    expect(doc.speakers.map((s) => s.label)).toEqual(expectedSpeakers);
  });

  it('roles come from role words and introductions', () => {
    const roles = (doc: TurnedDocument) => Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]));
    expect(roles(load('wechat-article.zh.md'))).toEqual({ 王磊: 'host', 李飞飞: 'guest' });
    expect(roles(load('qa.en.md'))).toEqual({ 'Host (host)': 'host', 'Maria Lopez': 'guest' });
    expect(roles(load('podcast.en.md'))).toMatchObject({ 'Omar Haddad': 'host', 'Priya Nair': 'guest' });
  });

  it('keeps every label a speaker was written with as an alias', () => {
    const host = load('wechat-article.zh.md').speakers[0];
    expect(host.aliases).toEqual(['主持人王磊', '王磊', '主持人']);
  });
});

describe('resolveSpeakers: rules', () => {
  it('an unnamed host is one speaker per document, keyed hostKey(doc)', () => {
    const doc = of('**主持人：** 你好。\n\n**嘉宾Ada Wong：** 你好。\n\n**主持人：** 再见。\n\n**嘉宾：** 再见。\n', 'talk');
    const hosts = doc.speakers.filter((s) => s.role === 'host');
    expect(hosts).toEqual([{ key: hostKey('talk'), label: '主持人 (host)', aliases: ['主持人'], role: 'host' }]);
    expect(who(doc)).toEqual(['主持人 → 主持人 (host)', '嘉宾Ada Wong → Ada Wong', '主持人 → 主持人 (host)', '嘉宾 → Ada Wong']);
  });

  it('a label that names no one (Q, A, 问, 答) is no alias of the speaker behind it', () => {
    const en = of('# An interview with Maria Lopez\n\nQ: What changed?\n\nA: The ambition. I am Maria Lopez.\n\nQ: And next?\n\nA: More chips.\n', 'qa');
    expect(en.speakers.map((s) => [s.label, s.aliases])).toEqual([['Host (host)', []], ['Maria Lopez', []]]);
    const zh = of('# 对话张伟\n\n问：你好。\n\n答：你好，我是张伟。\n\n问：再见。\n\n答：再见。\n', 'qa');
    expect(zh.speakers.flatMap((s) => s.aliases)).toEqual([]);
    expect(of('**主持人：** 你好。\n\n**嘉宾Ada Wong：** 你好。\n').speakers.flatMap((s) => s.aliases)).toEqual(['主持人', '嘉宾Ada Wong', 'Ada Wong']);
  });

  it('an unnamed guest is one speaker per document too', () => {
    const doc = of('Q: one?\nA: two.\nQ: three?\nA: four.\n', 'qa');
    expect(doc.speakers.map((s) => s.key)).toEqual([hostKey('qa'), guestKey('qa')]);
  });

  it('a first name alone resolves to the full name introduced in the text', () => {
    const doc = of('This week we talk to Daniel Whitenack about tooling.\n\nDaniel: Hi.\n\nChris Benson: Hello.\n\nDaniel: Bye.\n\nChris Benson: Bye.\n');
    expect(doc.speakers.map((s) => s.label)).toEqual(['Daniel Whitenack', 'Chris Benson']);
  });

  it('a surname label resolves to the full name it was introduced with, never to a title before it', () => {
    const doc = of(
      [
        'MODERATOR (Jane Roe): Welcome. Lisa Su runs a chip company. Tonight we also have Gina Raimondo.',
        'SU: Thank you, Jane.',
        'ROE: Secretary Raimondo, a question for you. Then Su can answer.',
        'RAIMONDO: Happy to.',
        'ROE: Professor Tanaka could not come; we have Tanaka on video.',
        'TANAKA: Hello from Kyoto.',
        'SU: I agree.',
        'RAIMONDO: So do I.',
        'TANAKA: Goodbye.',
      ].join('\n\n'),
    );
    expect(who(doc)).toEqual([
      'MODERATOR (Jane Roe) → Jane Roe',
      'SU → Lisa Su',
      'ROE → Jane Roe',
      'RAIMONDO → Gina Raimondo',
      'ROE → Jane Roe',
      'TANAKA → Tanaka',
      'SU → Lisa Su',
      'RAIMONDO → Gina Raimondo',
      'TANAKA → Tanaka',
    ]);
  });

  it('a first-name label is not expanded by the greeting before it ("Hey Alex", "Thanks Ben")', () => {
    const doc = of('Alex: Hello there.\n\nBen: Hey Alex, thanks for having me.\n\nAlex: Thanks Ben. Welcome Ben.\n\nBen: Dear Alex, sure.\n');
    expect(doc.speakers.map((s) => s.label)).toEqual(['Alex', 'Ben']);
  });

  it('numbered speakers ("Speaker 1") stay in their document; named people do not', () => {
    const a = load('panel.en.md').speakers.map((s) => s.key);
    expect(a).toEqual(['kim-park', 'speaker-1@panel.en', 'speaker-2@panel.en']);
  });

  it('a diarizer\'s codes ("SPEAKER_00", "S1") stay in their document too', () => {
    const diarized = 'SPEAKER_00: Welcome to the show.\nSPEAKER_01: Thanks for having me.\nSPEAKER_00: What about AMD?\nSPEAKER_01: They are catching up.\n';
    expect(of(diarized, 'ep1').speakers.map((s) => s.key)).toEqual(['speaker-00@ep1', 'speaker-01@ep1']);
    expect(of('S1: Welcome.\nS2: Thanks.\nS1: Why Iceberg?\nS2: Netflix built it.\n', 'ep2').speakers.map((s) => s.key)).toEqual(['s1@ep2', 's2@ep2']);
  });

  it('of two numbered speakers, the one the other welcomes by name is that guest; the welcomer hosts', () => {
    const en = of("Speaker 1: Welcome back. Today I'm talking with Dana Ruiz, who runs operations at Rivian.\n\nSpeaker 2: Thanks. Happy to be here.\n\nSpeaker 1: How is the plant doing?\n\nSpeaker 2: Two shifts now.\n", 'rev');
    expect(en.speakers.map((s) => [s.key, s.role])).toEqual([['speaker-1@rev', 'host'], ['dana-ruiz', 'guest']]);
    const zh = of('发言人1：欢迎收听。今天我们请到了张伟，聊聊储能。\n\n发言人2：大家好。\n\n发言人1：宁德时代呢？\n\n发言人2：还在扩产。\n', 'pod');
    expect(zh.speakers.map((s) => [s.key, s.role])).toEqual([['发言人1@pod', 'host'], ['张伟', 'guest']]);
    // two names welcomed: no telling which one speaks
    const two = of('Speaker 1: Today I am joined by Dana Ruiz and Omar Haddad.\n\nSpeaker 2: Hi.\n\nSpeaker 1: Go on.\n\nSpeaker 2: Sure.\n', 'two');
    expect(two.speakers.map((s) => s.key)).toEqual(['speaker-1@two', 'speaker-2@two']);
  });

  it('a research interview\'s header credits the interviewer; its participant line is no turn', () => {
    const doc = of('Study: Rural telehealth (2024)\nInterviewer: Sarah Lee\nParticipant: P07, clinic manager, Wyoming\n\nI: Your role?\n\nP: I manage a clinic in Laramie.\n\nI: Software?\n\nP: Epic.\n', 'p07');
    expect(doc.turns.filter((t) => t.kind === 'turn').map((t) => t.speaker)).toEqual(['sarah-lee', guestKey('p07'), 'sarah-lee', guestKey('p07')]);
  });

  it('a host labelled "主持人 <position> <name>" keeps the host role, and the official introduced is the guest', () => {
    const doc = of('**主持人 国务院新闻办公室新闻局副局长 寿小丽：** 今天我们邀请到国家能源局局长章建华先生。\n\n**国家能源局局长 章建华：** 谢谢主持人。\n\n**主持人 寿小丽：** 请提问。\n\n**国家能源局局长 章建华：** 好的。\n', 'nea');
    expect(doc.speakers.map((s) => [s.label, s.role])).toEqual([['寿小丽', 'host'], ['章建华', 'guest']]);
  });

  it('research interviews\' I: / R: and I: / P: are the interviewer and the respondent of that document', () => {
    const text = (answer: string) => `I: Can you describe your clinic?\n\n${answer}: A two-provider clinic.\n\nI: And telehealth?\n\n${answer}: Mostly behavioral health.\n`;
    for (const answer of ['R', 'P']) {
      const doc = of(text(answer), 'int07');
      expect(doc.speakers.map((s) => [s.key, s.role])).toEqual([[hostKey('int07'), 'host'], [guestKey('int07'), 'guest']]);
    }
  });

  it('an intro greeting a group (嘉宾们好) names nobody', () => {
    const doc = of('嘉宾们好，欢迎。\n\n**主持人：** 开始吧。\n\n**嘉宾：** 好的。\n', 'g');
    expect(doc.speakers.map((s) => s.label)).toEqual(['主持人 (host)', '嘉宾 (guest)']);
  });

  it.each([
    ['Moderator names themselves in the first turn', "[00:00:05] Moderator: Good afternoon. I'm Hannah Kim, and I'll moderate.\n\n[00:00:41] Sofia Marchetti: Thanks, Hannah.\n\n[00:00:43] Moderator: Let's start.\n", ['Moderator → Hannah Kim', 'Sofia Marchetti → Sofia Marchetti', 'Moderator → Hannah Kim']],
    ['主持人 names themselves', '主持人：大家好，我是刘芳，欢迎收看。\n\n张伟：谢谢。\n\n主持人：开始吧。\n', ['主持人 → 刘芳', '张伟 → 张伟', '主持人 → 刘芳']],
    ['主持人 names themselves with the role word', '主持人：大家好，我是主持人李华，欢迎来到今天的圆桌。\n\n张伟：谢谢李华。\n\n主持人：我们开始吧。\n', ['主持人 → 李华', '张伟 → 张伟', '主持人 → 李华']],
    ["Moderator says I'm your moderator, X", "Moderator: Good evening. I'm your moderator, Hannah Kim.\n\nSofia Marchetti: Thanks, Hannah.\n\nModerator: Let's start.\n", ['Moderator → Hannah Kim', 'Sofia Marchetti → Sofia Marchetti', 'Moderator → Hannah Kim']],
    ['the intro maps Q and A to names', '以下为对话实录（Q 为 AI前哨站，A 为周予安），经编辑删减。\n\n**Q：** 先聊聊你自己。\n\n**A：** 好的。\n', ['Q → AI前哨站', 'A → 周予安']],
  ])('%s', (_, text, expected) => {
    expect(who(of(text))).toEqual(expected);
  });

  it('Host Name introduces the host for later bare Host labels', () => {
    const doc = of('Host Jane Doe: Welcome.\n\nBob Ray: Thanks.\n\nHost: First question.\n\nBob Ray: Answer.\n');
    expect(who(doc)).toEqual(['Host Jane Doe → Jane Doe', 'Bob Ray → Bob Ray', 'Host → Jane Doe', 'Bob Ray → Bob Ray']);
  });

  it('every turn has a speaker; narration and boilerplate have none; ids come from turnId', () => {
    for (const name of ['wechat-article.zh.md', 'podcast.en.md', 'qa.en.md', 'timestamps.en.txt', 'mixed.md']) {
      const doc = load(name);
      doc.turns.forEach((t, i) => {
        expect(t.id).toBe(`${doc.document.id}#${i}`);
        expect(t.index).toBe(i);
        expect(t.document).toBe(doc.document.id);
        if (t.kind === 'turn') expect(t.speaker).toBeTruthy();
        else expect(t.speaker).toBeNull();
      });
    }
  });

  it('is deterministic and leaves its input alone', () => {
    const seg = segment({ id: 'w', path: 'w.md', text: readFileSync(join(FIXTURES, 'wechat-article.zh.md'), 'utf8') });
    const copy = structuredClone(seg);
    expect(JSON.stringify(resolveSpeakers(seg))).toBe(JSON.stringify(resolveSpeakers(seg)));
    expect(seg).toEqual(copy);
  });
});

describe('resolveSpeakers: bolded questions, plain answers', () => {
  // Each question is a bolded line; the answers are plain paragraphs with no label. The answers are the
  // guest's: the other labelled speaker, or the person the intro or title names, never the host.
  const cases: [string, string, string[]][] = [
    [
      'zh, **主持人：…？**, guest named in the title',
      '# 对话张三：大模型的下一站在哪里\n\n作者：李四\n\n我们和某某科技创始人聊了聊端侧模型。\n\n**主持人：你最近在忙什么？**\n\n最近在做一个新模型，主要面向企业客户。\n\n我们希望明年发布。\n\n**主持人：你怎么看开源？**\n\n开源很重要，但不是全部。\n',
      ['主持人 → 主持人 (host)', '嘉宾 → 张三', '主持人 → 主持人 (host)', '嘉宾 → 张三'],
    ],
    [
      'zh, **Q：…**, guest named in the intro line 嘉宾：X，…',
      '专访｜王小红：把大模型装进手机\n\n嘉宾：王小红，某某智能创始人\n\n**Q：为什么选择端侧模型？**\n\n因为隐私和延迟。用户不希望所有数据都上传到云端。\n\n**Q：端侧模型的瓶颈在哪里？**\n\n内存。手机上能跑的模型最多几十亿参数。\n',
      ['Q → 主持人 (host)', 'A → 王小红', 'Q → 主持人 (host)', 'A → 王小红'],
    ],
    [
      'zh, **问：…**, long question, no name anywhere',
      '**问：过去一年大模型行业发生了很多变化，从价格战到开源再到智能体，你觉得对创业公司来说最大的变化是什么？**\n\n最大的变化是成本。\n\n**问：那你们怎么应对？**\n\n我们把推理放到端侧。\n',
      ['问 → 主持人 (host)', '答 → 嘉宾 (guest)', '问 → 主持人 (host)', '答 → 嘉宾 (guest)'],
    ],
    [
      'zh, bolded questions hard-wrapped over two lines',
      '# 对话张三：端侧模型\n\n**主持人：过去一年大模型行业发生了很多变化，从价格战\n到开源，你觉得最大的变化是什么？**\n\n最大的变化是成本。\n\n**主持人：那你们\n怎么应对？**\n\n我们把推理放到端侧。\n',
      ['主持人 → 主持人 (host)', '嘉宾 → 张三', '主持人 → 主持人 (host)', '嘉宾 → 张三'],
    ],
    [
      'zh, the guest also has a label once: answers are that speaker',
      '**主持人：先介绍一下你自己？**\n\n**陈立：** 我是一名机器人工程师。\n\n**主持人：为什么做机器人？**\n\n因为我小时候喜欢拆收音机。\n\n**主持人：下一步呢？**\n\n做更便宜的机械臂。\n',
      ['主持人 → 主持人 (host)', '陈立 → 陈立', '主持人 → 主持人 (host)', '陈立 → 陈立', '主持人 → 主持人 (host)', '陈立 → 陈立'],
    ],
    [
      'en, bolded questions with no label, guest named in the title',
      '# Q&A with Maya Chen: building robots that learn\n\nMaya Chen runs a robotics group in Boston.\n\n**What got you into robotics?**\n\nI grew up taking apart radios.\n\nLater I studied engineering.\n\n**What is the hardest problem right now?**\n\nData. Robots need far more of it.\n',
      ['Host → Host (host)', 'Guest → Maya Chen', 'Host → Host (host)', 'Guest → Maya Chen'],
    ],
    [
      'en, **Q: …** questions, guest welcomed in the intro',
      "This week we're joined by Omar Haddad, who runs a speech lab.\n\n**Q: How did the lab start?**\nIn a garage, like everyone's.\n\n**Q: What's next?**\nA model that fits on a phone.\n",
      ['Q → Host (host)', 'A → Omar Haddad', 'Q → Host (host)', 'A → Omar Haddad'],
    ],
    [
      'en, only the questions carry a label (Q:), answers plain',
      "# An interview with Maya Chen\n\nQ: What's next for the lab?\n\nA model that fits on a phone.\n\nQ: Why a phone?\n\nBecause latency matters.\n\nAnd privacy.\n",
      ['Q → Host (host)', 'A → Maya Chen', 'Q → Host (host)', 'A → Maya Chen'],
    ],
    [
      'zh, only 主持人 is labelled, plain answers',
      '嘉宾：周宁，某芯片公司创始人\n\n主持人：你们做什么芯片？\n\n推理芯片，主要给数据中心用。\n\n主持人：最大的挑战呢？\n\n软件生态。\n',
      ['主持人 → 主持人 (host)', '嘉宾 → 周宁', '主持人 → 主持人 (host)', '嘉宾 → 周宁'],
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(who(of(text))).toEqual(expected);
  });

  it('the answer paragraphs keep their text; the question turn holds only the question', () => {
    const doc = of(cases[0][1]);
    const t = doc.turns.filter((x) => x.kind === 'turn');
    expect(t[0].text).toBe('你最近在忙什么？');
    expect(t[1].text).toBe('最近在做一个新模型，主要面向企业客户。\n我们希望明年发布。');
    const wrapped = of(cases[3][1]).turns.filter((x) => x.kind === 'turn');
    expect(wrapped[0].text).toBe('过去一年大模型行业发生了很多变化，从价格战到开源，你觉得最大的变化是什么？');
  });

  it.each([
    ['one bolded question only', '**主持人：你好吗？**\n\n很好。\n'],
    ['bolded headings that are no questions', '**一、关于开源**\n\n开源很重要。\n\n**二、关于成本**\n\n成本在下降。\n'],
    ['bolded questions in a transcript with labelled speakers', '张伟：我先问一个问题。\n\n**大家怎么看？**\n\n李娜：我同意。\n\n**还有吗？**\n\n张伟：没有了。\n'],
  ])('no implied speakers: %s', (_, text) => {
    const doc = of(text);
    expect(doc.turns.some((t) => /^(?:嘉宾|Guest|答|A)$/.test(t.speakerLabel ?? ''))).toBe(false);
  });
});

describe('resolveSpeakers: the host named only in the byline', () => {
  const labels = (doc: TurnedDocument) => doc.speakers.map((s) => `${s.label}:${s.role}`);
  const zhTalk = '\n\n**主持人：** 你为什么做这家公司？\n\n**王小川：** 因为机会到了。\n\n**主持人：** 下一步呢？\n\n**王小川：** 做医疗。\n';
  const enTalk = '\n\n**Q: What changed the most?**\n\nA: The ambition.\n\n**Q: And next?**\n\nA: More chips.\n';
  it.each([
    ['a credit block 来源/采访/编辑', '# 对话王小川：医疗大模型\n\n来源：晚点LatePost\n采访：程曼祺\n编辑：宋玮' + zhTalk, '程曼祺'],
    ['主持｜X on its own line', '主持｜刘芳' + zhTalk, '刘芳'],
    ['提问：X among credits', '来源：某某科技\n提问：李华\n责编：张三' + zhTalk, '李华'],
    ['记者 X', '本报记者 周宁 北京报道' + zhTalk, '周宁'],
    ['对话：X among other credits', '来源：晚点LatePost\n对话：程曼祺\n编辑：宋玮' + zhTalk, '程曼祺'],
    ['Interview by X in the italic header', '*Published by The Verge, March 12, 2025. Interview by Nilay Patel. This transcript has been edited.*' + enTalk, 'Nilay Patel'],
    ['Interviewed by X', 'Interviewed by Jane Doe for the Chip Letter.' + enTalk, 'Jane Doe'],
    ['Hosted by X', 'A podcast hosted by Hannah Kim.' + enTalk, 'Hannah Kim'],
    ['Moderated by X', 'Moderated by Omar Haddad, recorded in Paris.' + enTalk, 'Omar Haddad'],
    ['Host: X in a header block', 'Host: Maria Lopez\nDate: 2025-03-12\nSource: The Chip Letter' + enTalk, 'Maria Lopez'],
    ["a magazine's byline line By X | Outlet | date", '# The ambition question\n\nBy Nadia Brook | Grid Weekly | March 4, 2026\n\n*We met in Oakland.*' + enTalk, 'Nadia Brook'],
    ['a title "X talks to Y"', '# "The grid is the product": Nadia Brook talks to Amara Osei\n\n*We met in Oakland.*' + enTalk, 'Nadia Brook'],
  ])('%s', (_, text, host) => {
    const doc = of(text);
    const hosts = doc.speakers.filter((s) => s.role === 'host');
    expect(hosts.map((s) => s.label)).toEqual([host]);
    expect(doc.turns.filter((t) => t.kind === 'turn' && /^(?:主持人|Q)$/.test(t.speakerLabel ?? '')).every((t) => t.speaker === hosts[0].key)).toBe(true);
  });

  it('a title "X talks to Y" names the interviewer and the interviewee', () => {
    const doc = of('# Nadia Brook talks to Amara Osei about batteries\n\nBy Nadia Brook | Grid Weekly' + enTalk);
    expect(labels(doc)).toEqual(['Nadia Brook:host', 'Amara Osei:guest']);
  });

  it('the credit block stays boilerplate, its lines apart; the other credits name no speaker', () => {
    const doc = of('来源：晚点LatePost\n采访：程曼祺\n编辑：宋玮' + zhTalk);
    expect(doc.turns[0]).toMatchObject({ kind: 'boilerplate', text: '来源：晚点LatePost\n采访：程曼祺\n编辑：宋玮' });
    expect(labels(doc)).toEqual(['程曼祺:host', '王小川:guest']);
  });

  it.each([
    ['编辑/责编/来源 credit no host', '来源：晚点LatePost\n编辑：宋玮\n责编：张三' + zhTalk],
    ['对话｜X alone names the guest, not the host', '对话｜王小川' + zhTalk],
    ['Edited by X is no interviewer', 'Edited by Jane Doe.' + enTalk],
    ['"By the way" opening a line is no byline', 'By the way, this was recorded in Oakland.' + enTalk],
  ])('%s', (_, text) => {
    const hosts = of(text).speakers.filter((s) => s.role === 'host');
    expect(hosts.map((s) => s.key)).toEqual([hostKey('doc')]);
  });

  it('a host who names themselves in the first turn wins over the byline', () => {
    const doc = of('采访：程曼祺\n\n主持人：大家好，我是刘芳。\n\n王小川：谢谢。\n\n主持人：开始吧。\n');
    expect(labels(doc)).toEqual(['刘芳:host', '王小川:guest']);
  });
});

describe('resolveSpeakers: every guest of an introduced list', () => {
  const roles = (doc: TurnedDocument) => Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]));
  it.each([
    [
      'en, "Today we have A, CEO of X, and B from Y", B speaking first (a cold open)',
      'Bob Li: Simulation is the only way to get enough robot data.\n\nTom Becker: Welcome to Gradient Descent. Today we have Alice Chen, CEO of Acme Robotics, and Bob Li from Foo Labs.\n\nAlice Chen: Thanks for having me.\n\nBob Li: Glad to be here.\n\nTom Becker: Alice, how did Acme start?\n',
      { 'Bob Li': 'guest', 'Tom Becker': 'host', 'Alice Chen': 'guest' },
    ],
    [
      'en, "our guests today are A and B", the host speaking last in the opening',
      'Carol Wu: Hi everyone.\n\nDan Park: Hello.\n\nJane Roe: Our guests today are Carol Wu and Dan Park. Carol, what are you building?\n\nCarol Wu: Robots.\n',
      { 'Carol Wu': 'guest', 'Dan Park': 'guest', 'Jane Roe': 'host' },
    ],
    [
      'zh, 今天的嘉宾是A和B, the host addressing each by name',
      '主持人：大家好，欢迎收听本期节目。今天的嘉宾是张伟和李娜。\n\n张伟：大家好。\n\n李娜：谢谢邀请。\n\n主持人：张伟，你们公司最近在做什么？\n\n张伟：我们在做仓储机器人。\n\n主持人：李娜，你怎么看？\n\n李娜：我觉得仿真很重要。\n',
      { '主持人 (host)': 'host', 张伟: 'guest', 李娜: 'guest' },
    ],
    [
      'zh, 本期嘉宾：A、B, a guest speaking first',
      '王芳：机器人终将进入每个家庭。\n\n刘洋：本期嘉宾：王芳、陈立。欢迎两位。\n\n陈立：谢谢。\n\n王芳：谢谢邀请。\n',
      { 王芳: 'guest', 刘洋: 'host', 陈立: 'guest' },
    ],
  ])('%s', (_, text, expected) => {
    expect(roles(of(text))).toEqual(expected);
  });

  it.each([
    ['Today we have Alice Chen, CEO of Acme Robotics, and Bob Li from Foo Labs.', ['Alice Chen', 'Bob Li']],
    ['Today we have Alice Chen, CEO of Acme Robotics, and Foo Labs’ new robot.', ['Alice Chen']],
    ['Today we have Alice Chen and GPT-4o. Bob Li joins later.', ['Alice Chen']],
    ['今天的嘉宾是张伟和李娜。', ['张伟', '李娜']],
    ['本期嘉宾：张伟、李娜、王芳。', ['张伟', '李娜', '王芳']],
    ['今天的嘉宾是张伟，李娜来自清华大学。', ['张伟']],
  ])('%s introduces %j', (text, names) => {
    expect(findIntroductions([text], segmentRules()).map((i) => i.name)).toEqual(names);
  });
});

describe('a Chinese podcast header with two hosts (主播：A、B)', () => {
  const text =
    '# 第12期 端侧模型\n\n节目：模型夜谈\n主播：孟然、宋小舟\n嘉宾：冯嘉言，某智能算法负责人\n\n' +
    '[00:00:12] 孟然：欢迎收听模型夜谈，我是孟然。\n[00:00:15] 宋小舟：我是宋小舟。\n' +
    '[00:00:18] 孟然：嘉言你好！\n[00:00:22] 冯嘉言：两位好。\n[00:00:30] 宋小舟：嘉言你之前做什么？\n[00:00:36] 冯嘉言：做推荐。';

  it('both hosts host and the guest is the guest; the header lines stay apart', () => {
    const doc = resolveSpeakers(segment({ id: 'pod.zh', path: 'pod.zh.md', text }));
    expect(Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]))).toEqual({ 孟然: 'host', 宋小舟: 'host', 冯嘉言: 'guest' });
    expect(doc.turns[0].text).toBe('节目：模型夜谈\n主播：孟然、宋小舟\n嘉宾：冯嘉言，某智能算法负责人');
  });
});

describe('resolveSpeakers: labels with a role in two languages, a position, or a guest named in the title', () => {
  const cases: [string, string, string[]][] = [
    [
      'en, Host/Guest labels, guest named in a "questions for" title',
      '# Ten questions for Li Wei, CTO of Moonshot AI\n\nHost: How did Moonshot AI start?\n\nGuest: In Beijing, in 2023.\n\nHost: What is Kimi?\n\nGuest: Our chatbot.\n',
      ['Host → Host (host)', 'Guest → Li Wei', 'Host → Host (host)', 'Guest → Li Wei'],
    ],
    [
      'zh/en, role labels in two languages ("主持人 Host", "嘉宾 Guest（陈茜）")',
      '**主持人 Host：** 欢迎来到硅谷101。\n\n**嘉宾 Guest（陈茜）：** 谢谢。\n\n**主持人 Host：** H100还缺货吗？\n\n**嘉宾 Guest（陈茜）：** 缺。\n',
      ['主持人 Host → 主持人 (host)', '嘉宾 Guest（陈茜） → 陈茜', '主持人 Host → 主持人 (host)', '嘉宾 Guest（陈茜） → 陈茜'],
    ],
    [
      'zh, officials labelled by position, a space and the name ("国家能源局局长 章建华")',
      '**主持人 国务院新闻办公室新闻局副局长 寿小丽：** 今天我们邀请到国家能源局局长章建华先生。\n\n**国家能源局局长 章建华：** 谢谢主持人。\n\n**主持人 寿小丽：** 下面请记者提问。\n\n**国家能源局局长 章建华：** 好的。\n',
      ['主持人 国务院新闻办公室新闻局副局长 寿小丽 → 寿小丽', '国家能源局局长 章建华 → 章建华', '主持人 寿小丽 → 寿小丽', '国家能源局局长 章建华 → 章建华'],
    ],
    [
      'zh, the outlet before the name in the brackets after a role word ("主持人（医药魔方 张帆）")',
      '主持人（医药魔方 张帆）：今天请三位嘉宾先自我介绍。\n\n吴晓滨：我是百济神州的吴晓滨。\n\n主持人：谢谢。\n\n吴晓滨：不客气。',
      ['主持人（医药魔方 张帆） → 张帆', '吴晓滨 → 吴晓滨', '主持人 → 张帆', '吴晓滨 → 吴晓滨'],
    ],
    [
      'zh, an outlet written with digits before the name ("主持人（36氪 李明）")',
      '主持人（36氪 李明）：欢迎。\n\n王晓东：谢谢。\n\n主持人：请继续。\n\n王晓东：好的。',
      ['主持人（36氪 李明） → 李明', '王晓东 → 王晓东', '主持人 → 李明', '王晓东 → 王晓东'],
    ],
    [
      'zh, the same with the outlet in two languages ("主持人（LatePost 晚点 宋玮）")',
      '主持人（LatePost 晚点 宋玮）：欢迎。\n\n王晓东：谢谢。\n\n主持人：请继续。\n\n王晓东：好的。',
      ['主持人（LatePost 晚点 宋玮） → 宋玮', '王晓东 → 王晓东', '主持人 → 宋玮', '王晓东 → 王晓东'],
    ],
    [
      'zh, 问/答 with the guest named in the headline after their company and title ("——专访…有限公司总经理X")',
      '# 百年药号的新生意——专访青禾堂药业股份有限公司总经理冯梓航\n\n问：冯总您好，青禾堂是哪年创立的？\n\n答：1892年，在苏州。\n\n问：您是哪年加入的？\n\n答：2016年。\n',
      ['问 → 主持人 (host)', '答 → 冯梓航', '问 → 主持人 (host)', '答 → 冯梓航'],
    ],
    [
      'zh, the same with an English company and title ("对话Lumora首席执行官Mara Quist")',
      '# 对话Lumora首席执行官Mara Quist：端侧模型的下一步\n\n问：为什么做端侧？\n\n答：隐私。\n\n问：下一步呢？\n\n答：手机。\n',
      ['问 → 主持人 (host)', '答 → Mara Quist', '问 → 主持人 (host)', '答 → Mara Quist'],
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(who(of(text))).toEqual(expected);
  });
});

describe('resolveSpeakers: an outlet in the brackets after a role word', () => {
  it('"记者（新华日报）" names the paper, no person called 新华日报', () => {
    const doc = of('主持人：请提问。\n\n记者（新华日报）：今年的招商目标是多少？\n\n周峰：两百亿元。\n\n记者（新华日报）：谢谢。\n\n周峰：不客气。');
    expect(doc.speakers.map((s) => s.label)).not.toContain('新华日报');
  });

  it('"记者（新华日报）" asking at a briefing with a named host is a reporter\'s question, as "新华日报记者：" is: not the host\'s', () => {
    const doc = of('# 招商推介会实录\n\n主持人：园区投资促进局局长 周峰\n\n周峰：请提问。\n\n记者（新华日报）：今年的招商目标是多少？\n\n李明：两百亿元。\n\n周峰：谢谢。');
    expect(doc.turns.find((t) => t.text.includes('今年的招商目标是多少？'))).toMatchObject({ kind: 'narration', speaker: null });
    expect(Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]))).toEqual({ 周峰: 'host', 李明: 'guest' });
  });
});

describe('resolveSpeakers: a header crediting the host and guests who then speak under their names', () => {
  const talk = '\n\n王晨：欢迎收听。冯总，您当时在哪儿？\n\n冯骥：在杭州的办公室。\n\n王晨：星汉，您在美国做了《风之旅人》。\n\n陈星汉：对。\n';
  it.each([
    ['嘉宾：冯骥（游戏科学创始人、CEO）、陈星汉（thatgamecompany联合创始人）\n主持：王晨'],
    ['主持：王晨\n嘉宾：冯骥（游戏科学创始人、CEO）、陈星汉（thatgamecompany联合创始人）'],
  ])('%j is a credit, not a turn of a role speaker: 王晨 hosts', (header) => {
    const doc = of(`**游戏播客 第42期**\n\n${header}${talk}`);
    expect(doc.turns[1]).toMatchObject({ kind: 'narration', text: header });
    expect(Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]))).toEqual({ 王晨: 'host', 冯骥: 'guest', 陈星汉: 'guest' });
  });
});

describe('resolveSpeakers: an English podcast header crediting hosts and a guest who then speak by first name', () => {
  const text = [
    '# The Margin Notes — a podcast about small presses',
    '',
    '**Hosts:** Priya Raman and Leo Hartmann',
    '**Guest:** Selma Okafor, publisher of Driftwood Editions',
    '',
    '**Priya:** Selma, you started Driftwood in 2015.',
    '',
    '**Selma:** I did, after six years at Verso.',
    '',
    '**Leo:** And the first book?',
    '',
    '**Selma:** A translation from Turkish.',
  ].join('\n');

  it('the credit lines are one narration of two lines, not turns of "Hosts" and "Guest"', () => {
    const doc = of(text);
    expect(doc.turns.find((t) => t.text.includes('Priya Raman and'))).toMatchObject({ kind: 'narration', speaker: null, text: 'Hosts: Priya Raman and Leo Hartmann\nGuest: Selma Okafor, publisher of Driftwood Editions' });
    expect(who(doc)).toEqual(['Priya → Priya Raman', 'Selma → Selma Okafor', 'Leo → Leo Hartmann', 'Selma → Selma Okafor']);
  });

  it('both hosts host and the guest is the guest', () => {
    expect(Object.fromEntries(of(text).speakers.map((s) => [s.label, s.role]))).toEqual({ 'Priya Raman': 'host', 'Leo Hartmann': 'host', 'Selma Okafor': 'guest' });
  });
});

describe('resolveSpeakers: a magazine Q&A whose intro names the one person answering', () => {
  const article = (intro: string) =>
    [
      '# The Baker Who Left Fine Dining',
      '',
      'By Ines Calloway',
      'March 3, 2026',
      '',
      intro,
      '',
      '**Why leave?**',
      '',
      'Because the tasting menu stopped making sense to me.',
      '',
      '**What next?**',
      '',
      'A bakery in Pilsen. Okafor Bread opens in May.',
      '',
      'Ines Calloway is a food writer for the Lakeside Courier, based in Chicago.',
    ].join('\n');

  it('the bolded questions are the byline\'s writer\'s, the answers the person the intro is about', () => {
    const doc = of(article('Ruth Okafor ran the pastry kitchen at Alinea for six years. Okafor says she will not go back.'));
    expect(Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]))).toEqual({ 'Ines Calloway': 'host', 'Ruth Okafor': 'guest' });
  });

  it('the byline and the date stay two lines; the note on the writer after the last answer is not the guest\'s', () => {
    const doc = of(article('Ruth Okafor ran the pastry kitchen at Alinea for six years. Okafor says she will not go back.'));
    expect(doc.turns.some((t) => t.text === 'By Ines Calloway\nMarch 3, 2026')).toBe(true);
    expect(doc.turns.filter((t) => t.kind === 'turn').at(-1)?.text).toBe('A bakery in Pilsen. Okafor Bread opens in May.');
  });

  it('an intro naming two people leaves the answers to an unnamed guest', () => {
    const doc = of(article('Ruth Okafor ran the pastry kitchen at Alinea, where Grant Ellison hired her. Okafor says she will not go back.'));
    expect(doc.speakers.map((s) => s.label)).toContain('Guest (guest)');
  });
});

describe('resolveSpeakers: a board meeting\'s labels, an office and a surname ("CEO VOGEL:", "GENERAL COUNSEL ASANTE:")', () => {
  it('are the people the roll call names', () => {
    const doc = of(
      [
        'PRESENT: Chair Ruth Okonkwo; Directors Ben Alder and Mia Sorensen. STAFF: Chief Executive Officer Hana Vogt;',
        'General Counsel Omar Reyes.',
        '',
        'CHAIR OKONKWO: I call the meeting to order. Ms. Vogt.',
        '',
        'CEO VOGT: Thank you, Madam Chair. The grant came through.',
        '',
        'GENERAL COUNSEL REYES: And the contract is signed.',
        '',
        'CHAIR OKONKWO: Thank you both.',
        '',
        'CEO VOGT: Thank you.',
      ].join('\n'),
    );
    expect(who(doc)).toEqual([
      'CHAIR OKONKWO → Ruth Okonkwo',
      'CEO VOGT → Hana Vogt',
      'GENERAL COUNSEL REYES → Omar Reyes',
      'CHAIR OKONKWO → Ruth Okonkwo',
      'CEO VOGT → Hana Vogt',
    ]);
  });
});

describe('resolveSpeakers: a bare role label thanking a speaker by full name at the end', () => {
  it('"HOST: Naledi Mokoena, thank you." after her turns is the host\'s last turn, no credit line', () => {
    const doc = of('HOST: Naledi, welcome.\n\nNALEDI MOKOENA: Thanks.\n\nHOST: And the suppliers?\n\nNALEDI MOKOENA: Hitachi.\n\nHOST: Naledi Mokoena, thank you.');
    expect(doc.turns.at(-1)).toMatchObject({ kind: 'turn', text: 'Naledi Mokoena, thank you.' });
    expect(who(doc).at(-1)).toBe('HOST → Host (host)');
  });
});

describe('resolveSpeakers: a role label whose brackets give the name, title and outlet', () => {
  it('"MODERATOR (Dana Whitfield, senior reporter, The Ledger):" is Dana Whitfield, who hosts; later "MODERATOR:" too', () => {
    const doc = of('MODERATOR (Dana Whitfield, senior reporter, The Ledger): Good afternoon, and welcome.\n\nOMAR BELLO: Thanks for having me.\n\nMODERATOR: Omar, take us back.\n\nOMAR BELLO: It was a Saturday.');
    expect(who(doc)).toEqual(['MODERATOR (Dana Whitfield, senior reporter, The Ledger) → Dana Whitfield', 'OMAR BELLO → Omar Bello', 'MODERATOR → Dana Whitfield', 'OMAR BELLO → Omar Bello']);
    expect(doc.speakers.find((s) => s.label === 'Dana Whitfield')?.role).toBe('host');
  });
});

describe('resolveSpeakers: an outlet or company and a title between the introducing word and the name', () => {
  const roles = (doc: TurnedDocument) => Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]));
  it.each([
    ['编者按：本期嘉宾为中芯国际联席CEO赵海军，主持人为财经记者孙雪。', { 孙雪: 'host', 赵海军: 'guest' }],
    ['主持：游戏葡萄 主编 孙雪\n嘉宾：星海科技创始人 赵海军', { 孙雪: 'host', 赵海军: 'guest' }],
  ])('%j', (intro, expected) => {
    const doc = of(`# 专访\n\n${intro}\n\n孙雪：赵海军你好。\n\n赵海军：你好。\n\n孙雪：谢谢。\n\n赵海军：谢谢。`);
    expect(roles(doc)).toEqual(expected);
  });
});

describe('resolveSpeakers: a surname and an honorific as the label ("赵总：")', () => {
  it('is the one person of that surname the introduction names, and takes their role', () => {
    const doc = of('# 专访\n\n编者按：本期嘉宾为中芯国际联席CEO赵海军，主持人为财经记者孙雪。\n\n孙雪：赵总，先聊聊产能。\n\n赵总：北京的工厂今年投产。\n\n孙雪：谢谢。\n\n赵总：谢谢。');
    expect(doc.speakers.map((s) => [s.label, s.role, s.aliases.includes('赵总')])).toEqual([['孙雪', 'host', false], ['赵海军', 'guest', true]]);
  });

  it('is the person of that surname another label names ("王老师：" after "王立新：")', () => {
    const doc = of('# 对谈\n\n陈静：王老师好。\n\n王立新：你好。\n\n陈静：请继续。\n\n王老师：好的。');
    expect(doc.speakers.map((s) => s.label)).toEqual(['陈静', '王立新']);
  });

  it('stays as written when two people of that surname are named, or none', () => {
    const two = of('# 圆桌\n\n嘉宾：王立新、王海\n\n主持人：王总好。\n\n王总：你好。\n\n主持人：谢谢。\n\n王总：谢谢。');
    expect(two.speakers.map((s) => s.label)).toContain('王总');
    const none = of('# 专访\n\n陈静：李总好。\n\n李总：你好。\n\n陈静：谢谢。\n\n李总：谢谢。');
    expect(none.speakers.map((s) => s.label)).toEqual(['陈静', '李总']);
  });
});

describe('resolveSpeakers: a short form the introduction gives ("以下简称“林”", "hereinafter "Altman"")', () => {
  it.each([
    ['日前，《汽车之家》（以下简称“汽车之家”）对极氪副总裁林杰（以下简称“林”）进行了专访。', '林', '林杰'],
    ['本刊记者专访了欧阳明（下称欧阳）。', '欧阳', '欧阳明'],
    ['The committee heard Samuel Altman (hereinafter "Altman"), chief executive of OpenAI.', 'Altman', 'Samuel Altman'],
  ])('%j: the label %s is %s', (intro, short, full) => {
    const doc = of(`# 专访\n\n${intro}\n\n记者：你好。\n\n${short}：你好。\n\n记者：谢谢。\n\n${short}：谢谢。`);
    expect(doc.speakers.map((s) => s.label)).toContain(full);
    expect(doc.speakers.find((s) => s.label === full)?.aliases).toContain(short);
  });

  it('a short form given to an outlet or a role word names no person', () => {
    const doc = of('# 专访\n\n本报记者（以下简称“记”）采访了林杰。\n\n记：你好。\n\n林杰：你好。\n\n记：谢谢。\n\n林杰：谢谢。');
    expect(doc.speakers.map((s) => s.label)).not.toContain('记者');
  });
});

describe('resolveSpeakers: a bare role word when two labels name people in that role', () => {
  it('"MODERATOR:" at a briefing where "Q (Joey Roulette, Reuters)" and "Q (Marcia Dunn, AP)" ask is neither reporter', () => {
    const doc = of('# Briefing\n\nMODERATOR: Questions now.\n\nQ (Joey Roulette, Reuters): Is the test done?\n\nBILL NELSON: Not yet.\n\nQ (Marcia Dunn, AP): From Kennedy?\n\nBILL NELSON: Yes.\n\nMODERATOR: Thank you all.');
    const speakerOf = (text: string) => doc.speakers.find((s) => s.key === doc.turns.find((t) => t.text === text)?.speaker)?.label;
    expect(speakerOf('Questions now.')).toBe('Host (host)');
    expect(speakerOf('Is the test done?')).toBe('Joey Roulette');
    expect(speakerOf('From Kennedy?')).toBe('Marcia Dunn');
  });

  it('"主持人：" is the one host a label names ("主持人（张帆）")', () => {
    const doc = of('# 圆桌\n\n主持人（张帆）：欢迎。\n\n李明：谢谢。\n\n主持人：请继续。\n\n李明：好的。');
    expect(doc.speakers.map((s) => [s.label, s.role])).toEqual([['张帆', 'host'], ['李明', 'guest']]);
  });
});

describe('resolveSpeakers: a role word with the outlet before the name in brackets', () => {
  it('"REPORTER (Star Tribune, Jeremy Olson):" is Jeremy Olson, not a person "Star Tribune"; "Moderator (Julia Park, Bloomberg)" is still Julia Park', () => {
    const doc = of('# Briefing\n\nModerator (Julia Park, Bloomberg): Questions.\n\nREPORTER (Star Tribune, Jeremy Olson): Is there enough vaccine?\n\nRUTH LYNFIELD: Yes.\n\nModerator (Julia Park, Bloomberg): Thanks.');
    const labels = doc.speakers.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Julia Park', 'Jeremy Olson', 'Ruth Lynfield']));
    expect(labels).not.toContain('Star Tribune');
  });
});
