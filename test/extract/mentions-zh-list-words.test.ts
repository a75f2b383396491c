// Tests for words that start with a surname and name lists, not people (白名单, 黑名单): no person is found in them.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('白名单, 黑名单', () => {
  it.each([
    '工业和信息化部已经发布了五批《新能源汽车废旧动力蓄电池综合利用行业规范条件》白名单企业，一共156家。',
    '进入白名单的企业不多，黑名单上的更多。',
  ])('%s: no people', (text) => {
    const doc = extractText(text, 'lists.zh');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual([]);
  });
});
