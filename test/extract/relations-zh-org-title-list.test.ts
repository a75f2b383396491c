// Tests for relations.json zh-org-title-list-next: an organisation's people listed with their titles, the
// organisation named once ("理想汽车董事长兼CEO李想、总裁马东辉") → the next one works there too.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const told = (narration: string) => relationsOf(`${narration}\n\n主持人：先聊聊新车。\n\n嘉宾：好的。`, 'list.zh', 'han');

describe("an organisation's people in a list", () => {
  it('the second officer works at the organisation', () => {
    expect(told('发布会结束后，理想汽车董事长兼CEO李想、总裁马东辉接受了媒体的采访。')).toContain('马东辉 -WORKS_AT-> 理想汽车');
  });

  it('a chief scientist listed next too, and not one whose title follows another organisation', () => {
    const lines = told('出席活动的有宁德时代董事长曾毓群、首席科学家吴凯和小米CEO雷军。');
    expect(lines).toContain('吴凯 -WORKS_AT-> 宁德时代');
    expect(lines.filter((l) => l.startsWith('雷军') && l.includes('宁德时代'))).toEqual([]);
  });
});
