// Tests for the greeting and invitation rules of extract/data/relations.json (zh-greeting, zh-invited-guest,
// en-greeting): a host who greets or introduces several guests at once interviews each of them.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

/** "host -INTERVIEWS-> guest" for every INTERVIEWS relation of a transcript, by label. */
function interviews(text: string): string[] {
  const doc = extractText(text, 'guests');
  const label = new Map(doc.entities.map((e) => [e.key, e.label]));
  return doc.relations.filter((r) => r.type === 'INTERVIEWS').map((r) => `${label.get(r.source)} -> ${label.get(r.target)}`).sort();
}

describe('a host greeting several guests interviews each', () => {
  it.each([
    ['主持人：大家好，欢迎三位嘉宾：张三、李四和王五。\n\n张三：谢谢邀请。\n\n李四：很高兴来。\n\n王五：大家好。'],
    ['主持人：今天我们请到了张三、李四和王五三位。\n\n张三：谢谢邀请。\n\n李四：很高兴来。\n\n王五：大家好。'],
  ])('%s', (text) => {
    expect(interviews(text)).toEqual(['主持人 (host) -> 张三', '主持人 (host) -> 李四', '主持人 (host) -> 王五']);
  });

  it('Welcome, Alice Smith, Bob Jones and Carol White', () => {
    const text = 'Host: Welcome, Alice Smith, Bob Jones and Carol White.\n\nAlice Smith: Thanks for having me.\n\nBob Jones: Glad to be here.\n\nCarol White: Hello everyone.';
    expect(interviews(text)).toEqual(['Host (host) -> Alice Smith', 'Host (host) -> Bob Jones', 'Host (host) -> Carol White']);
  });

  it('someone named in the list who never speaks is not interviewed', () => {
    const found = interviews('主持人：欢迎张三和李四。\n\n张三：谢谢邀请。\n\n主持人：我们开始吧。\n\n张三：好的。');
    expect(found).toEqual(['主持人 (host) -> 张三']);
  });
});

describe('a host welcoming or inviting guests with their titles interviews each', () => {
  it.each([
    ['主持人：欢迎三位嘉宾：云栖数据CTO周明远、蓝鲸出行前产品总监陶乐，以及复旦大学副教授顾青。邹总先说？\n\n周明远：谢谢。\n\n陶乐：大家好。\n\n顾青：大家好。'],
    ['主持人：今天我们邀请到云栖数据首席技术官周明远先生、蓝鲸出行产品总监陶乐女士和复旦大学副教授顾青老师。\n\n周明远：谢谢。\n\n陶乐：大家好。\n\n顾青：大家好。'],
  ])('%s', (text) => {
    expect(interviews(text)).toEqual(['主持人 (host) -> 顾青', '主持人 (host) -> 周明远', '主持人 (host) -> 陶乐'].sort());
  });
});

describe('guests who introduce themselves after an unnamed welcome are each interviewed by the host', () => {
  it('欢迎三位嘉宾…先请大家做个自我介绍 → 大家好，我是X', () => {
    const text = [
      '韩松：欢迎三位嘉宾来到现场，先请大家做个自我介绍。',
      '周明远：大家好，我是周明远，在云栖数据负责算法。',
      '陶乐：谢谢韩松。我是陶乐，做投资。',
      '顾青：我叫顾青，来自复旦大学。',
      '韩松：明远，你们今年做了什么？',
      '周明远：主要做质检。',
    ].join('\n\n');
    expect(interviews(text)).toEqual(['韩松 -> 周明远', '韩松 -> 陶乐', '韩松 -> 顾青'].sort());
  });
});

describe('a host who never greets but thanks the guest interviews them', () => {
  it.each([
    ['**主持人：** 你为什么做芯片？\n\n**邓远：** 因为窗口期很短。\n\n**主持人：** 明年呢？\n\n**邓远：** 量产。\n\n**主持人：** 谢谢邓总。', ['主持人 (host) -> 邓远']],
    ['Host: What drives the margin?\n\nMaya Ruiz: Pricing.\n\nHost: Thank you so much for joining us, Maya.\n\nMaya Ruiz: My pleasure.', ['Host (host) -> Maya Ruiz']],
  ])('%s', (text, expected) => {
    expect(interviews(text)).toEqual(expected);
  });

  it('a guest thanking the host interviews no one (the host, asking, interviews the guest)', () => {
    expect(interviews('**主持人：** 你为什么做芯片？\n\n**邓远：** 谢谢你的问题，因为窗口期很短。')).toEqual(['主持人 (host) -> 邓远']);
  });
});

describe('a host who opens with a question to the guest interviews them (a Q&A article)', () => {
  it('By X, Q:/A: turns: the byline host asks, the titled guest answers', () => {
    const text = '# Nadia Brook talks to Amara Osei\n\nBy Nadia Brook | Grid Weekly\n\nQ: Why leave Tesla at all?\n\nA: I wanted to build software.\n\nQ: What next?\n\nA: Utilities.';
    expect(interviews(text)).toEqual(['Nadia Brook -> Amara Osei']);
  });

  it('a guest asking the host back interviews no one; a host with no question interviews no one by this rule', () => {
    expect(interviews('Host: Tell us about the plant.\n\nMaya Ruiz: Can I ask you first, have you seen it?\n\nHost: Not yet.')).toEqual([]);
  });
});

describe('a show named after a place is no venue', () => {
  it('欢迎来到硅谷夜话 gives the guest no SPOKE_AT Silicon Valley', () => {
    const doc = extractText('王子墨：大家好，欢迎来到硅谷夜话，我是王子墨。Kevin 你好！\n\nKevin Liang：大家好。\n\n王子墨：说说你自己。\n\nKevin Liang：我在杭州长大。', 'show');
    expect(doc.relations.filter((r) => r.type === 'SPOKE_AT')).toEqual([]);
  });
});

describe('a host addressing each panellist by surname and title interviews each', () => {
  it('邹总，… / 顾主任，…: both guests, not only the first answer', () => {
    const text = [
      '**问：** 邹总，先简单介绍一下公司？',
      '**邹明远：** 我们做医疗影像。',
      '**问：** 顾主任，医院这边最关心什么？',
      '**顾青：** 数据安全。',
    ].join('\n\n');
    expect(interviews(text)).toEqual(['主持人 (host) -> 邹明远', '主持人 (host) -> 顾青']);
  });
});
