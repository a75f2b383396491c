// Tests for relations.json zh-moved-then-took-post, zh-moved-then-head and zh-then-moved-to: a move told in the
// speaker's story is a past job, unless a post taken there ends the story ("2011年调到X，2017年开始担任院长"): then
// the speaker works there now, and a head's post with no unit before it leads the place.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const story = (answer: string) => relationsOf(`主持人：先请您介绍一下自己。\n\n闻慧敏：${answer}`, 'moves.zh', 'han');

describe('a move, then a post there', () => {
  it('a head post: works there now and leads it', () => {
    const lines = story('我2003年毕业，2011年调到绍兴市中心医院，2017年开始担任院长。');
    expect(lines).toContain('闻慧敏 -WORKS_AT-> 绍兴市中心医院');
    expect(lines).toContain('闻慧敏 -LEADS-> 绍兴市中心医院');
    expect(lines).not.toContain('闻慧敏 -WORKED_AT-> 绍兴市中心医院');
  });

  it("a department's head: works there now, leads nothing", () => {
    const lines = story('我2003年毕业，2010年调到绍兴市中心医院，2016年开始担任内分泌科主任。');
    expect(lines).toContain('闻慧敏 -WORKS_AT-> 绍兴市中心医院');
    expect(lines.some((l) => l.includes('LEADS'))).toBe(false);
  });

  it('a later move in the sentence: still a past job', () => {
    const lines = story('我2003年毕业，2010年调到绍兴市中心医院，2016年开始担任主任，2021年又调到省里。');
    expect(lines).toContain('闻慧敏 -WORKED_AT-> 绍兴市中心医院');
    expect(lines).not.toContain('闻慧敏 -WORKS_AT-> 绍兴市中心医院');
  });
});
