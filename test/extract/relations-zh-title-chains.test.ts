// Tests for zh-org-title-founder / zh-org-title-ceo in extract/data/relations.json on a chain of titles at two
// organisations: "银河通用创始人、北京大学助理教授王鹤" founded the first and works at the second.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (text: string) => relationsOf(`主持人：请介绍一下。\n\n嘉宾：${text}`, 'chains.zh', 'han');

describe('a chain of titles at two organisations', () => {
  it.each([
    ['银河通用创始人、北京大学助理教授王鹤近日接受专访。', ['王鹤 -FOUNDED-> 银河通用', '王鹤 -WORKS_AT-> 北京大学']],
    ['米哈游联合创始人、复旦大学兼职教授刘伟今天也来了。', ['刘伟 -FOUNDED-> 米哈游', '刘伟 -WORKS_AT-> 复旦大学']],
  ])('%s', (text, expected) => {
    const found = said(text);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it('a list of two guests still keeps each title to its own guest', () => {
    const found = relationsOf('**播客**\n\n嘉宾：赵岩（米哈游创始人、CEO）、孙立（网易游戏制作人）\n\n赵岩：谢谢。\n\n孙立：大家好。', 'chains.zh', 'han');
    expect(found, found.join('\n')).not.toContain('孙立 -FOUNDED-> 米哈游');
  });
});
