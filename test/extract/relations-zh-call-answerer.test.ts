// Tests for the call company of Chinese investor meetings (relations.ts CALL, callCompany) and the unnamed answerer
// who speaks for it: in a 业绩说明会 the "答：" that no one names answers for the company, so its "我们" is the company.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const MEETING = `# 2026年第三季度业绩说明会文字实录

主持人：欢迎各位投资者参加比亚迪2026年第三季度业绩说明会。

问：海外市场进展如何？

答：我们已经和优步签了合作协议，欧洲工厂也开始交付。

问：竞争格局怎么看？

答：我们主要的竞争对手是特斯拉和吉利。
`;

describe("an investor meeting's unnamed answerer speaks for the company", () => {
  it('"我们" in the answers is the company whose 业绩说明会 it is', () => {
    const lines = relationLines(extractText(MEETING)).filter((line) => !line.includes('CO_OCCURS') && !line.includes('INTERVIEWS'));
    expect(lines).toEqual(expect.arrayContaining(['BYD -PARTNERS_WITH-> Uber', 'BYD -COMPETES_WITH-> Tesla', 'BYD -COMPETES_WITH-> Geely']));
  });

  it('the same answers in an interview that is no investor meeting tie "我们" to no company', () => {
    const interview = MEETING.replace('参加比亚迪2026年第三季度业绩说明会', '收听本期节目，今天聊聊比亚迪');
    const lines = relationLines(extractText(interview)).filter((line) => line.startsWith('BYD '));
    expect(lines).toEqual([]);
  });
});

// An investor-relations record speaks of the company as "公司" where an interview says "我们"; its title names the
// company with "投资者关系活动记录表" glued on, which is no department of it (关系 ends in 系 as 自动化系 does).
const RECORD = `证券代码：688777                                  证券简称：澜海科技

杭州澜海科技股份有限公司投资者关系活动记录表

投资者关系活动类别：特定对象调研

参与单位名称及人员姓名：中信证券 徐涛、易方达基金 张坤

上市公司接待人员姓名：董事长兼总经理 沈嘉禾；董事会秘书 顾晓棠；副总经理 林一帆

1、问：公司今年有哪些投资？

答：公司今年投资了宁波芯途科技有限公司，并与优步签署了合作协议。

2、问：子公司情况？

答：该公司的子公司运行良好。
`;

describe('an investor-relations record: "公司" in the answers is the record\'s company', () => {
  it('the company is named whole, without "投资者关系"', () => {
    const labels = extractText(RECORD).entities.map((e) => e.label);
    expect(labels).toContain('杭州澜海科技股份有限公司');
    expect(labels.filter((l) => l.includes('投资者关系'))).toEqual([]);
  });

  it('"公司投资了X", "公司与Y签署了合作协议": the company invested in X and partners with Y', () => {
    const lines = relationLines(extractText(RECORD)).filter((line) => !line.includes('CO_OCCURS') && !line.includes('INTERVIEWS'));
    expect(lines).toEqual(expect.arrayContaining(['杭州澜海科技股份有限公司 -INVESTED_IN-> 宁波芯途科技有限公司', '杭州澜海科技股份有限公司 -PARTNERS_WITH-> Uber']));
  });

  it('the company\'s own people listed by title work there, 总经理 leads it (副总经理 does not); the investors work at their firms', () => {
    const lines = relationLines(extractText(RECORD)).filter((line) => line.includes('-WORKS_AT->') || line.includes('-CEO_OF->'));
    expect(lines.sort()).toEqual([
      '林一帆 -WORKS_AT-> 杭州澜海科技股份有限公司',
      '沈嘉禾 -CEO_OF-> 杭州澜海科技股份有限公司',
      '沈嘉禾 -WORKS_AT-> 杭州澜海科技股份有限公司',
      '顾晓棠 -WORKS_AT-> 杭州澜海科技股份有限公司',
      '徐涛 -WORKS_AT-> CITIC Securities',
      '张坤 -WORKS_AT-> 易方达基金',
    ].sort());
  });
});

describe('a results call\'s management list, one title and name a line', () => {
  const CALL = `杭州青禾科技股份有限公司2026年第二季度业绩电话会议（文字实录）

出席管理层：
联合创始人、董事长兼首席执行官 韩立新
贺晴 首席财务官
投资者关系总监 严知秋

严知秋：各位投资者，大家好，欢迎参加青禾科技第二季度业绩电话会。

韩立新：谢谢。二季度我们的收入增长了12%。海外业务由我们的副总裁林默负责。

严知秋：下面进入问答环节。

韩立新：好的。
`;

  it('keeps its lines: the founder and chief executive, the finance chief (name first) and the IR head work at the company, so "我们的副总裁" does too', () => {
    const doc = extractText(CALL);
    expect(doc.turns[1].text).toBe('出席管理层：\n联合创始人、董事长兼首席执行官 韩立新\n贺晴 首席财务官\n投资者关系总监 严知秋');
    const lines = relationLines(doc).filter((line) => /-(?:WORKS_AT|CEO_OF|FOUNDED)->/.test(line));
    expect(lines.sort()).toEqual([
      '严知秋 -WORKS_AT-> 杭州青禾科技股份有限公司',
      '贺晴 -WORKS_AT-> 杭州青禾科技股份有限公司',
      '韩立新 -CEO_OF-> 杭州青禾科技股份有限公司',
      '韩立新 -FOUNDED-> 杭州青禾科技股份有限公司',
      '韩立新 -WORKS_AT-> 杭州青禾科技股份有限公司',
      '林默 -WORKS_AT-> 杭州青禾科技股份有限公司',
    ].sort());
  });
});
