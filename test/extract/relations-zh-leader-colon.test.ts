// Tests for relations.json zh-org-leader-person across a colon: a reporter's label at a press conference
// ("路透社记者：日本首相X…") ends at its colon, so the head of state the question names does not lead the outlet.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('a head named after a reporter label', () => {
  it('路透社记者：日本首相石破茂… → no LEADS of Reuters', () => {
    const lines = relationsOf('发言人：请提问。\n\n路透社记者：日本首相石破茂今天上午表示，希望尽快举行会谈。中方如何回应？\n\n发言人：中方的立场是一贯的。', 'colon.zh', 'han');
    expect(lines.filter((l) => l.includes('路透社')), lines.join('\n')).toEqual([]);
  });

  it('国家数据局局长X still leads the bureau', () => {
    expect(relationsOf('主持人：请国家数据局局长刘烈宏介绍情况。\n\n刘烈宏：谢谢主持人。', 'colon2.zh', 'han')).toContain('刘烈宏 -LEADS-> 国家数据局');
  });
});
