// Tests for relations.json zh-org-title-staff and zh-profile-staff on sports titles: a club's coach or player
// ("山东泰山主教练X", "杜锋（广东宏远主教练）：") works at the club, as en-person-coaches reads "X coaches Y"; a former one does not.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe("a club's coach or player", () => {
  it.each([
    ['主持人：首先请山东泰山主教练崔康熙谈谈今天的比赛。\n\n崔康熙：我们下半场踢得更好。', '崔康熙 -WORKS_AT-> 山东泰山'],
    ['主持人：有请主队教练。\n\n杜锋（广东宏远主教练）：今天篮板球我们输了。', '杜锋 -WORKS_AT-> 广东宏远'],
    ['主持人：辽宁本钢后卫郭艾伦今天拿了28分。\n\n记者：请问伤病情况如何？', '郭艾伦 -WORKS_AT-> 辽宁本钢'],
  ])('%s', (text, line) => {
    const lines = relationsOf(text, 'coach.zh', 'han');
    expect(lines, lines.join('\n')).toContain(line);
  });

  it('a former coach does not work there now', () => {
    const lines = relationsOf('主持人：山东泰山前主教练郝伟今天也来到了现场。\n\n记者：郝指导好。', 'coach-former.zh', 'han');
    expect(lines.filter((l) => l.includes('WORKS_AT'))).toEqual([]);
  });
});
