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
