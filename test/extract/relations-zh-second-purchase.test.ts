// Tests for a second purchase told after a first with its buyer left out ("X2016年收购了A，2018年又收购了B": X bought
// both), and provincial and city bureaus (四川省文物局, 北京市教委) as government bodies.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('a second purchase and local bureaus', () => {
  const doc = extractText(
    '主持人：怎么看？\n\n孙立平：安踏2009年收购了斐乐，2019年又收购了亚玛芬。这家博物馆归浙江省文物局管理，上海市教委也发了通知。',
    'second.zh',
  );

  it('the first clause buyer bought the second company too', () => {
    expect(relationLines(doc, 'han')).toEqual(expect.arrayContaining(['安踏 -ACQUIRED-> 斐乐', '安踏 -ACQUIRED-> 亚玛芬']));
  });

  it('a province or city bureau is a government body', () => {
    const bodies = doc.entities.filter((e) => e.type === 'government').map((e) => e.label).sort();
    expect(bodies).toEqual(['上海市教委', '浙江省文物局']);
  });
});
