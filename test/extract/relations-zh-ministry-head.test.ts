// Tests for relations.json zh-ministry-head-person: a ministry's name with 长 glued to it right before a name
// ("外交部长王毅", "美国财政部长贝森特") → the person heads the ministry; a former minister does not.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (answer: string) => relationsOf(`主持人：最近有什么新闻？\n\n嘉宾：${answer}`, 'minister.zh').filter((l) => l.includes('LEADS'));

describe('a minister named with the ministry', () => {
  it.each([
    ['外交部长王毅会见了来访的客人。', '王毅 -LEADS-> Ministry of Foreign Affairs of China'],
    ['美国财政部长贝森特最近说要加征关税。', '贝森特 -LEADS-> Treasury Department'],
  ])('%s', (answer, line) => {
    expect(said(answer)).toContain(line);
  });

  it('a former minister leads nothing', () => {
    expect(said('前财政部长楼继伟写过一本书。')).toEqual([]);
  });
});
