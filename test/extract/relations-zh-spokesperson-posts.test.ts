// Tests for relations.json zh-org-title-staff on a deputy head who is also the body's spokesperson: "国家统计局
// 副局长、新闻发言人X", a second post after 、 before the name, still works at the body.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const lines = relationsOf(
  '主持人：今天请来了国家统计局副局长、新闻发言人韦志衡。\n\n韦志衡：大家好。\n\n主持人：还有海关总署副署长、新闻发言人吕文涛。',
  'spokespeople.zh',
  'han',
);

describe('a deputy head and spokesperson', () => {
  it.each([['韦志衡', '国家统计局'], ['吕文涛', '海关总署']])('%s works at %s', (person, body) => {
    expect(lines, lines.join('\n')).toContain(`${person} -WORKS_AT-> ${body}`);
  });
});
