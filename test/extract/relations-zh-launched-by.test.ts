// Tests for relations.json zh-is-launched-by: "X是Y在2016年推出的生鲜平台", "X是Y打造的高端品牌" — a platform or brand one
// organisation launched is part of it; a company that only invested in it is not its parent.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (answer: string) => relationsOf(`主持人：先介绍一下背景。\n\n嘉宾：${answer}`, 'launched.zh', 'han');

describe('X是Y推出的平台/品牌', () => {
  it.each([
    ['盒马是阿里巴巴在2016年推出的生鲜平台，一开始只在上海有门店。', '盒马 -PART_OF-> 阿里巴巴'],
    ['极氪是吉利汽车2021年打造的高端电动车品牌。', '极氪 -PART_OF-> 吉利汽车'],
  ])('%s', (answer, line) => {
    const lines = said(answer);
    expect(lines, lines.join('\n')).toContain(line);
  });

  it('an investor is no parent', () => {
    expect(said('盒马是阿里巴巴投资的平台。').filter((l) => l.includes('PART_OF'))).toEqual([]);
  });
});
