// Tests for relations.json zh-org-leader-person and zh-org-title-staff on the head of one function: "米哈游 海外市场
// 负责人 X", "叠纸游戏全球发行负责人X" work at the company and do not lead it; "鹰角网络负责人X" still leads it.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const lines = relationsOf(
  '主持人：今天来了哪几位？\n\n王明：一位是米哈游 海外市场负责人 冉静怡。另一位是叠纸游戏全球发行负责人汤思远。鹰角网络负责人许思远下周来。',
  'function-heads.zh',
  'han',
);

describe('the head of one function', () => {
  it.each([['冉静怡', '米哈游'], ['汤思远', '叠纸游戏']])('%s works at %s and does not lead it', (person, org) => {
    expect(lines).toContain(`${person} -WORKS_AT-> ${org}`);
    expect(lines).not.toContain(`${person} -LEADS-> ${org}`);
  });

  it("the company's own head leads it", () => {
    expect(lines).toContain('许思远 -LEADS-> 鹰角网络');
  });
});
