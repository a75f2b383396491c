// Tests for zh-org-is-founded-by in extract/data/relations.json: "DeepSeek是梁文锋创办的" (the company first, the
// founder after 是 and before 创办的) states FOUNDED, as "DeepSeek由梁文锋创办" does.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (answer: string) => relationsOf(`主持人：说说？\n\n嘉宾：${answer}`, 'founded-by.zh', 'han');

describe('X是Y创办的', () => {
  it.each([
    ['DeepSeek是梁文锋创办的，团队很年轻。', ['梁文锋 -FOUNDED-> DeepSeek']],
    ['游戏科学是冯骥和杨奇一起创立的。', ['冯骥 -FOUNDED-> 游戏科学']],
    ['米哈游也是由蔡浩宇创办的。', ['蔡浩宇 -FOUNDED-> 米哈游']],
  ])('%s', (answer, expected) => {
    const found = said(answer);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it('投资的 is no founding: DeepSeek是梁文锋投资的', () => {
    const found = said('DeepSeek是梁文锋投资的，他没有创办它。');
    expect(found, found.join('\n')).not.toContain('梁文锋 -FOUNDED-> DeepSeek');
  });
});
