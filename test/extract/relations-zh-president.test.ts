// Tests for Chinese company heads: 总裁/总经理 before a name leads the company (extract/data/relations.json
// zh-org-leader-person), and surnames 艾 and 欧 start names after a title (cues.json zhSurnames).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = (answer: string) => extractText(`主持人：先请自我介绍。\n\n嘉宾：${answer}`, 'president.zh');

describe('a company\'s 总裁 leads it', () => {
  it.each([
    ['我是信达生物总裁刘勇军，之前在默沙东工作了很多年。', '刘勇军 -LEADS-> 信达生物'],
    ['乐道总裁艾铁成压力不小，乐道L60卖得不错。', '艾铁成 -LEADS-> 乐道'],
    ['百济神州总经理周明今天也来了。', '周明 -LEADS-> 百济神州'],
  ])('%s', (answer, expected) => {
    const found = relationLines(doc(answer), 'han');
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a vice-president does not', () => {
    const found = relationLines(doc('百济神州副总裁周明今天也来了。'), 'han');
    expect(found, found.join('\n')).not.toContain('周明 -LEADS-> 百济神州');
    expect(found, found.join('\n')).toContain('周明 -WORKS_AT-> 百济神州');
  });
});

describe('names with the surnames 艾 and 欧 after a title', () => {
  it('创始人欧雷强, 总裁艾铁成 are people; 欧盟, 欧莱雅 and 艾滋病 are not', () => {
    const d = doc('我们的创始人欧雷强和王晓东院士当年就这么设计。乐道总裁艾铁成也同意。欧盟有规定，欧莱雅在涨价，艾滋病研究在推进。');
    const people = d.entities.filter((e) => e.type === 'person').map((e) => e.label);
    expect(people).toEqual(expect.arrayContaining(['欧雷强', '艾铁成', '王晓东']));
    for (const no of ['欧盟', '欧莱雅', '艾滋病', '艾滋']) expect(people).not.toContain(no);
  });
});
