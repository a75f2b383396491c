// An earnings call's list of attendees, one "name  title" row a line: the title that ends one row (中国平安…首席执行官)
// belongs to that row's name, never to the name that opens the next row (付欣  首席财务官), whatever the spacing; a row
// of a title alone is someone of the call's company (relations.json zh-company-participant-*).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const call = (rows: string[]) =>
  relationsOf(['华远保险2026年中期业绩发布会', '', '出席：', ...rows, '', '主持人：下面开始提问。', '', '林可：谢谢主持人。'].join('\n'), 'attendees.zh', 'han');

describe('attendee rows of an earnings call', () => {
  it.each([
    ['two spaces', '  '],
    ['one space', ' '],
    ['a tab', '\t'],
  ])('the next row\'s name is no CEO or president (%s); a row of a title alone works at the call\'s company', (_, gap) => {
    const lines = call([`周立群${gap}腾讯总裁兼首席执行官`, `林可${gap}首席财务官`, `马晓${gap}副总经理`]);
    expect(lines.filter((l) => l.startsWith('林可') || l.startsWith('马晓')).sort()).toEqual(['林可 -WORKS_AT-> 华远保险', '马晓 -WORKS_AT-> 华远保险']);
  });

  it('a name right after its title in running text still is', () => {
    expect(relationsOf('主持人：谁来了？\n\n嘉宾：腾讯首席执行官马化腾 来了，腾讯总裁刘炽平也来了。', 'prose.zh', 'han')).toEqual(
      expect.arrayContaining(['马化腾 -CEO_OF-> 腾讯', '刘炽平 -LEADS-> 腾讯']),
    );
  });
});
