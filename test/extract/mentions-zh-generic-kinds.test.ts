// Tests for kinds of organization written like names (上市公司, 中资银行, 地方政府基金, 国有企业): kind words and a head
// (公司, 银行, 基金…) name no one organization, while a name with such a head stays one (招商银行, 合肥市人民政府).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';
import { isGenericKind } from '../../extract/stages/mentions/zh.ts';

describe('kinds of organization', () => {
  const doc = extractText(
    [
      '主持人：融资环境怎么样？',
      '',
      '嘉宾：作为上市公司，我们压力不小。中资银行和外资银行都在收缩，商业银行更谨慎，地方政府基金和政府引导基金成了主力，',
      '国有企业也在投。招商银行和合肥市人民政府给了我们很多支持。',
    ].join('\n'),
    'kinds.zh',
  );
  const labels = doc.entities.map((e) => e.label);

  it.each([['上市公司'], ['中资银行'], ['外资银行'], ['商业银行'], ['地方政府基金'], ['政府引导基金'], ['国有企业']])('%s is no organization', (word) => {
    expect(labels).not.toContain(word);
  });

  it('named ones stay', () => {
    expect(labels).toEqual(expect.arrayContaining(['China Merchants Bank', '合肥市人民政府']));
  });

  it('a stem that names something is no kind', () => {
    expect([isGenericKind('星海投资公司'), isGenericKind('北辰科技集团'), isGenericKind('国有银行'), isGenericKind('公司')]).toEqual([false, false, true, false]);
  });
});
