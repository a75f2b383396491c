// Tests for numbered question and answer marks (segment/labels.ts NUMBERED_QA_MARK) and the close of an
// investor-relations record (segment.json boilerplatePatterns): the 投资者关系活动记录表 every A-share company files
// numbers its questions "1、问：" and answers "答：", and ends with the form's attachments and date lines.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const extract = (text: string) => extractDocument({ id: 'record.zh', path: 'record.zh.md', text }, context);

const RECORD = `证券代码：301288                                  证券简称：青岚储能

青岚储能科技股份有限公司投资者关系活动记录表

投资者关系活动类别：业绩说明会

上市公司接待人员姓名：董事会秘书 周文静

投资者关系活动主要内容介绍：

1、问：公司储能电池的出货情况？

答：前三季度出货4.2GWh，同比增长六成。

（2）问：海外业务进展如何？

答：欧洲项目已经开始交付。

问3：研发投入情况？

答3：研发费用率保持在7%左右。

附件清单（如有）：无

日期：2026年10月29日
`;

describe('an investor-relations record: numbered 问 / 答 marks', () => {
  it('"1、问：", "（2）问：", "问3：" and "答3：" are the question and answer marks, each a turn of its own', () => {
    const doc = extract(RECORD);
    const turns = doc.turns.filter((t) => t.kind === 'turn').map((t) => [t.speakerLabel, t.text]);
    expect(turns).toEqual([
      ['问', '公司储能电池的出货情况？'],
      ['答', '前三季度出货4.2GWh，同比增长六成。'],
      ['问', '海外业务进展如何？'],
      ['答', '欧洲项目已经开始交付。'],
      ['问', '研发投入情况？'],
      ['答', '研发费用率保持在7%左右。'],
    ]);
  });

  it("the form's attachments and date lines after the last answer are boilerplate, not the answer's words", () => {
    const doc = extract(RECORD);
    const last = doc.turns.filter((t) => t.kind === 'turn').at(-1);
    expect(last?.text).toBe('研发费用率保持在7%左右。');
    const after = doc.turns.slice(doc.turns.indexOf(last!) + 1);
    expect(after.map((t) => [t.kind, t.text])).toEqual([
      ['boilerplate', '附件清单（如有）：无'],
      ['boilerplate', '日期：2026年10月29日'],
    ]);
  });

  it('a numbered line that is no question or answer mark ("1、公司介绍：") is no label', () => {
    const doc = extract('1、公司介绍：青岚储能成立于2015年。\n\n2、经营情况：收入增长。\n');
    expect(doc.turns.every((t) => t.kind !== 'turn')).toBe(true);
  });
});

describe('investor Q&A as 互动易 prints it', () => {
  const QA = `# 互动易问答精选：青岚储能（301288）

投资者提问：请问公司钠离子电池是否已向宁德时代供货？

董秘回答(青岚储能SZ301288)：您好，公司钠离子电池目前处于送样阶段。感谢您的关注。

投资者提问：公司与华为数字能源的合作进展如何？

董秘回答(青岚储能SZ301288)：您好，双方在储能变流器领域保持合作。
`;

  it('"投资者提问" asks and "董秘回答(公司SZ301288)" answers: roles, not people named so, and the stock code names no one', () => {
    const doc = extract(QA);
    const people = doc.entities.filter((e) => e.type === 'person').map((e) => e.label);
    for (const wrong of ['投资者提问', '董秘回答', '青岚储能SZ301288']) expect(people).not.toContain(wrong);
    const roles = new Map(doc.speakers.map((s) => [s.key, s.role]));
    const turns = doc.turns.filter((t) => t.kind === 'turn');
    expect(turns.map((t) => roles.get(t.speaker!))).toEqual(['host', 'guest', 'host', 'guest']);
  });
});
