// Tests for common surnames the lists lacked (阳, 包, 宁, 甘, 景, 柴, 燕, 冷…) and the tagger's cuts around them
// (阳/nr 建华/nz, 包/v 海涛/nr): each name is one person, and words starting with such a character stay words.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const people = (text: string) => extractText(text, 'surnames').entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label).sort();

describe('more common surnames', () => {
  it.each([
    ['县医院院长阳建华说，医共体今年覆盖了全部乡镇卫生院。', ['阳建华']],
    ['包海涛认为电池出海要先做本地化。', ['包海涛']],
    ['我和宁晓东、甘丽萍一起去了湖南。', ['宁晓东', '甘丽萍']],
    ['景红梅表示合作社今年分红了。', ['景红梅']],
    ['柴志刚说，这个项目很难。', ['柴志刚']],
    ['燕晓红和冷秋萍都是工程师。', ['冷秋萍', '燕晓红']],
    ['邦普循环副总经理宫晓燕说，回收率很高。', ['宫晓燕']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('leaves words that start with such a character alone', () => {
    expect(people('简单来说，游戏连续三年增长，边际成本下降，我们宁可慢一点，包括海外市场也要冷静。')).toEqual([]);
    expect(people('冷链物流很重要，车企压力大，车贷和包邮都有，包材涨价，连招很难。先请嘉宾简单介绍一下。宫斗剧很火，宫斗也很火。')).toEqual([]);
  });
});
