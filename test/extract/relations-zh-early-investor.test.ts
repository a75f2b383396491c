// Tests for relations.json zh-is-shareholder on an early backer: "X是Y很早的投资人", "X是Y最早的投资方" — the investor
// named invested in the company, as "X是Y早期的投资人" does.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('X是Y很早的投资人', () => {
  it.each([
    ['红杉中国是美团很早的投资人，2010年就投了。', '红杉中国 -INVESTED_IN-> 美团'],
    ['腾讯是京东最早的投资方之一。', '腾讯 -INVESTED_IN-> 京东'],
  ])('%s', (answer, line) => {
    const lines = relationsOf(`主持人：说说投资方。\n\n嘉宾：${answer}`, 'early-investor.zh', 'han');
    expect(lines, lines.join('\n')).toContain(line);
  });
});
