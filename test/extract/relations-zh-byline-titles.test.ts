// Tests for zh-person-org-title in extract/data/relations.json: a guest list or byline "姓名，机构+职务" with the
// titles of associations, newsrooms and boards (副主席, 秘书长, 记者, 主编, 董事, 分析师) says the person works there.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const listed = (line: string) => relationsOf(`【嘉宾介绍】\n${line}\n\n主持人：欢迎。\n\n张剑：谢谢。`, 'byline.zh', 'han');

describe('a byline with an association or newsroom title', () => {
  it.each([
    ['张剑，中国足球协会副主席', '张剑 -WORKS_AT-> 中国足球协会'],
    ['王琳，晚点LatePost记者', '王琳 -WORKS_AT-> 晚点LatePost'],
    ['李静，中国汽车工业协会副秘书长', '李静 -WORKS_AT-> 中国汽车工业协会'],
    ['周明，腾讯董事', '周明 -WORKS_AT-> 腾讯'],
  ])('%s', (line, expected) => {
    const found = listed(line);
    expect(found, found.join('\n')).toContain(expected);
  });
});
