// Tests for extract/data/relations.json zh-we-invested-called: a company the speaker's organisation invested in, named
// after its kind (我们投了一家做具身智能的公司，叫星源动力) → INVESTED_IN, as zh-we-acquired reads 收购了一家…，叫X.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const of = (text: string): string[] => relationsOf(text, 'invested.zh', 'han');

describe('a company invested in, named after its kind', () => {
  it.each([
    ['理想汽车董事长李想接受了采访。\n\n主持人：理想投资了机器人公司吗？\n\n李想：是的，我们投了一家做具身智能的公司，叫星源动力。', '理想汽车 -INVESTED_IN-> 星源动力'],
    ['青禾资本合伙人周启航接受了采访。\n\n主持人：你们最近投了什么？\n\n周启航：我们去年领投了一家芯片初创企业，名叫芯河科技。', '青禾资本 -INVESTED_IN-> 芯河科技'],
  ])('%s', (text, expected) => {
    const found = of(text);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a company only compared with is no investment: 我们投了一家公司，跟星源动力很像', () => {
    const found = of('理想汽车董事长李想接受了采访。\n\n主持人：你们投了什么？\n\n李想：我们投了一家公司，跟星源动力很像。');
    expect(found.filter((r) => r.includes('INVESTED_IN'))).toEqual([]);
  });
});
