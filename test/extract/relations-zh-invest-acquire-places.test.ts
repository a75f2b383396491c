// Tests for Chinese deal sentences with a place in them: "我们在中国投过X、Y" (the speaker's organisation invested in
// each), "收购了法国的X和英国的Y" (both bought), and "X是Y旗下的，…" with nothing said after 旗下的 (a part of Y).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const lines = (text: string) => relationLines(extractText(text, 'deals.zh'), 'han').filter((l) => !l.includes('INTERVIEWS'));

describe('deals with places between', () => {
  it('the speaker organisation invested in each company it lists after a place', () => {
    const out = lines('主持人：介绍一下？\n\n林嘉怡：我加入高瓴之前在摩根士丹利工作。我们在印度投过Zomato、Swiggy。');
    expect(out).toEqual(expect.arrayContaining(['高瓴 -INVESTED_IN-> Zomato', '高瓴 -INVESTED_IN-> Swiggy']));
  });

  it('both companies bought, each after its country', () => {
    expect(lines('主持人：并购呢？\n\n林嘉怡：安踏后来收购了芬兰的亚玛芬和意大利的斐乐。')).toEqual(
      expect.arrayContaining(['安踏 -ACQUIRED-> 亚玛芬', '安踏 -ACQUIRED-> 斐乐']),
    );
  });

  it('a part of a group with nothing said after 旗下的', () => {
    expect(lines('主持人：背景？\n\n林嘉怡：盒马是阿里巴巴旗下的，2016年开了第一家店。')).toContain('盒马 -PART_OF-> 阿里巴巴');
  });
});
