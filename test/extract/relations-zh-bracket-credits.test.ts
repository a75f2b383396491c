// Tests for the zh-org-title-founder and zh-org-title-ceo rules of extract/data/relations.json on a header's bracketed
// credits: "【嘉宾】刘斌，点众科技创始人" then "【主持】周晓，…": the host on the next credit is no founder.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (guest: string): string =>
  ['短剧的下一步', '', `【嘉宾】${guest}`, '【主持】周晓，娱乐资本论主编', '', 'Q：什么时候开始做短剧？', '', 'A：2022年。', '', 'Q：好。', '', 'A：嗯。'].join('\n');

describe('bracketed credits', () => {
  it.each([
    ['刘斌，点众科技创始人', '周晓 -FOUNDED-> 点众科技'],
    ['刘斌，点众科技CEO', '周晓 -CEO_OF-> 点众科技'],
  ])('%s: the host on the next line is not the post holder', (guest, wrong) => {
    const found = relationsOf(doc(guest), 'credits.zh', 'han');
    expect(found, found.join('\n')).not.toContain(wrong);
  });

  it('a name right after the title still holds it: 点众科技创始人刘斌', () => {
    const found = relationsOf(doc('点众科技创始人刘斌'), 'credits.zh', 'han');
    expect(found, found.join('\n')).toContain('刘斌 -FOUNDED-> 点众科技');
  });
});
