// Tests for the LEADS rules of extract/data/relations.json on a museum's head: "三星堆博物馆馆长余健", "我是X博物馆的馆长",
// "他是X博物馆的馆长" name the one who leads it, as 院长 does an academy's; a school's 校长 after the school the same.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (words: string): string => `主持人：请介绍一下。\n\n余健：${words}\n\n主持人：好的。\n\n余健：谢谢。`;

describe('a museum head', () => {
  it.each([
    ['今天和三星堆博物馆馆长余健一起来的。', '余健 -LEADS-> 三星堆博物馆'],
    ['我是三星堆博物馆的馆长。', '余健 -LEADS-> 三星堆博物馆'],
    ['樊锦诗是敦煌研究院的院长，苏伯民是陕西历史博物馆的馆长。', '苏伯民 -LEADS-> 陕西历史博物馆'],
    ['四川大学校长李言荣也来了。', '李言荣 -LEADS-> 四川大学'],
  ])('%s', (words, expected) => {
    const found = relationsOf(turn(words), 'museum.zh', 'han');
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a deputy is no head: 副馆长', () => {
    const found = relationsOf(turn('三星堆博物馆副馆长李华也在。'), 'museum.zh', 'han');
    expect(found, found.join('\n')).not.toContain('李华 -LEADS-> 三星堆博物馆');
  });
});
