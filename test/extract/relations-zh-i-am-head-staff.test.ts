// Tests for a Chinese speaker's own post in the present: "我是X的董事长" (LEADS), "我是X的副总裁" (WORKS_AT), not a deputy's
// lead, a former post (前) or a department head (计算机系主任).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (line: string) => relationsOf(`主持人：请介绍一下您自己。\n\n王峰：${line}\n`, 'head.zh', 'han');

describe('the speaker own post', () => {
  it.each([
    ['我是华为的董事长。', ['王峰 -LEADS-> 华为']],
    ['我现在是华为的总经理，负责全球业务。', ['王峰 -LEADS-> 华为']],
    ['我担任华为的总裁。', ['王峰 -LEADS-> 华为']],
    ['我是华为的副总裁。', ['王峰 -WORKS_AT-> 华为']],
    ['我目前是清华大学的教授。', ['王峰 -WORKS_AT-> 清华大学']],
    ['我是华为的前副总裁。', []],
    ['我是清华大学计算机系主任。', []],
  ])('%s', (line, expected) => {
    expect(said(line).filter((l) => !l.includes('INTERVIEWS') && !l.includes('PART_OF'))).toEqual(expected);
  });
});
