// Tests for relations.json zh-company-participant-* on a results call's list of the company's people: an executive,
// senior or standing vice-president ("执行副总裁兼首席财务官 X") works at the company whose call it is, and is no CEO.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const CALL = [
  '# 比亚迪2026年半年度业绩说明会文字实录',
  '',
  '出席嘉宾：',
  '董事长兼总裁 王传福',
  '执行副总裁兼首席财务官 周雅婷',
  '高级副总裁 卢志恒',
  '',
  '主持人：欢迎各位投资者参加比亚迪2026年半年度业绩说明会。',
  '',
  '问：海外工厂进展如何？',
  '',
  '答：匈牙利工厂已经投产。',
].join('\n');

describe("a results call's vice-presidents", () => {
  const lines = relationsOf(CALL, 'call-vps.zh', 'han');
  it.each([['周雅婷'], ['卢志恒']])('%s works at the company and is not its CEO', (person) => {
    expect(lines, lines.join('\n')).toContain(`${person} -WORKS_AT-> 比亚迪`);
    expect(lines).not.toContain(`${person} -CEO_OF-> 比亚迪`);
  });
});
