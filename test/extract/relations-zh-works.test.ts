// Tests for the Chinese authorship rules of extract/data/relations.json, through the whole pipeline: who wrote a
// book named in 《》, told before the title (吴军写了《浪潮之巅》) or after it (《浪潮之巅》，吴军写的).
import { describe, expect, it } from 'vitest';
import { relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (line: string): string[] => relationsOfText(`主持人：最后推荐几本书？\n\n王磊：${line}`, 'books.zh', 'han');

describe('who wrote a book', () => {
  it.each([
    ['《浪潮之巅》，吴军写的；还有《芯片战争》，克里斯·米勒写的。', ['吴军 -AUTHORED-> 浪潮之巅', '克里斯·米勒 -AUTHORED-> 芯片战争']],
    ['《浪潮之巅》是吴军写的，很好读。', ['吴军 -AUTHORED-> 浪潮之巅']],
    ['吴军写了《浪潮之巅》，讲硅谷公司的兴衰。', ['吴军 -AUTHORED-> 浪潮之巅']],
    ['克里斯·米勒写过一本书叫《芯片战争》。', ['克里斯·米勒 -AUTHORED-> 芯片战争']],
  ])('%s', (line, expected) => {
    const found = relationsOf(line);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it.each([
    ['李明写了一篇关于《浪潮之巅》的评论。', '李明 -AUTHORED-> 浪潮之巅'],
    ['《浪潮之巅》，李明推荐的。', '李明 -AUTHORED-> 浪潮之巅'],
  ])('not: %s', (line, absent) => {
    const found = relationsOf(line);
    expect(found, found.join('\n')).not.toContain(absent);
  });
});

describe('a game developed: X开发的《Y》', () => {
  it.each([
    ['网易开发的《逆水寒》上线第一个月流水就过亿。', '网易 -DEVELOPED-> 逆水寒'],
    ['后来网易研发了《永劫无间》，卖得很好。', '网易 -DEVELOPED-> 永劫无间'],
  ])('%s', (line, expected) => {
    const found = relationsOf(line);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a work named further on is not what was developed: 网易开发的很多游戏，比如《逆水寒》', () => {
    expect(relationsOf('我玩过网易开发的很多游戏，比如《逆水寒》。')).not.toContain('网易 -DEVELOPED-> 逆水寒');
  });
});

describe('a work, then its author named: 作者是Y', () => {
  it.each([
    ['在读《众病之王》，作者是悉达多·穆克吉，写得非常好。', '悉达多·穆克吉 -AUTHORED-> 众病之王'],
    ['《浪潮之巅》的作者吴军以前在谷歌。', '吴军 -AUTHORED-> 浪潮之巅'],
  ])('%s', (line, expected) => {
    const found = relationsOf(line);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a reader named after it is no author: 《浪潮之巅》的读者李明', () => {
    expect(relationsOf('《浪潮之巅》的读者李明很多。')).not.toContain('李明 -AUTHORED-> 浪潮之巅');
  });
});

describe('a studio and its game told around the title: X《W》制作人, 《W》是X团队做的', () => {
  it.each([
    ['我们和腾讯《王者荣耀》制作人李旻聊过。', '腾讯 -PRODUCED-> 王者荣耀'],
    ['《和平精英》是腾讯上海团队做的。', '腾讯 -PRODUCED-> 和平精英'],
    ['《原神》是米哈游开发的。', '米哈游 -PRODUCED-> 原神'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});
