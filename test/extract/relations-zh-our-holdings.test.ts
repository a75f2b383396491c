// A guest speaking for a company about its holdings: "平安银行是我们的控股子公司" (part of the speaker's company),
// "我们也持有汇丰的股份，是汇丰的第一大股东" (the speaker's company invested in HSBC).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (text: string) => relationsOf(`主持人：今天请到华远集团总裁周立群。\n\n周立群：谢谢。${text}`, 'holdings.zh', 'han');

describe("the speaker's company's holdings", () => {
  it.each([
    ['平安银行是我们的控股子公司。', '平安银行 -PART_OF-> 华远集团'],
    ['东方海外是我们的子公司，2018年收购的。', '东方海外 -PART_OF-> 华远集团'],
    ['我们也持有汇丰的股份，是汇丰的第一大股东。', '华远集团 -INVESTED_IN-> 汇丰'],
    ['我们是芯源微的控股股东。', '华远集团 -INVESTED_IN-> 芯源微'],
  ])('%s', (text, expected) => {
    expect(said(text)).toContain(expected);
  });

  it('a shareholder with no company named states nothing', () => {
    expect(said('我们是大股东。').filter((l) => l.includes('INVESTED_IN'))).toEqual([]);
  });
});
