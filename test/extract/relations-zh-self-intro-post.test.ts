// Tests for the zh-i-am-* rules of extract/data/relations.json on a self-introduction that names the speaker first:
// "我叫何永平，现在是拓荆科技的首席技术官" states the speaker's post as "我现在是…" would.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (words: string): string => `主持人：先介绍一下您自己。\n\n何永平：${words}\n\n主持人：好的。\n\n何永平：谢谢。`;

describe('a post stated after the speaker names themselves', () => {
  it.each([
    ['我叫何永平，现在是拓荆科技的首席技术官。', '何永平 -WORKS_AT-> 拓荆科技'],
    ['我是何永平，目前是北方华创的董事长。', '何永平 -LEADS-> 北方华创'],
    ['我叫何永平，是拓荆科技的CEO。', '何永平 -CEO_OF-> 拓荆科技'],
    ['我叫何永平，是拓荆科技的联合创始人。', '何永平 -FOUNDED-> 拓荆科技'],
  ])('%s', (words, expected) => {
    const found = relationsOf(turn(words), 'self.zh', 'han');
    expect(found, found.join('\n')).toContain(expected);
  });

  it('another person named first is not the speaker: 我的同事叫李华，现在是… says nothing of the speaker', () => {
    const found = relationsOf(turn('我的同事叫李华，现在是拓荆科技的首席技术官。'), 'self.zh', 'han');
    expect(found, found.join('\n')).not.toContain('何永平 -WORKS_AT-> 拓荆科技');
  });
});
