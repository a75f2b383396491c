// Tests for extract/stages/segment (text.ts isHanEntry, units.ts credits and introducesName) on a header's guest list
// written one entry a line: "机构 职务 姓名" with spaces inside, "姓名  职务" name first, a pen name, and the host's
// line "主持人：某某主编姓名" inside the list. Each line stays an entry, the list is a credit, not anyone's turn.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

const speakersOf = (text: string) => {
  const doc = resolveSpeakers(segment({ id: 'tables.zh', path: 'tables.zh.md', text }));
  return {
    roles: Object.fromEntries(doc.speakers.map((s) => [s.label, s.role])),
    narration: doc.turns.filter((t) => t.kind === 'narration').map((t) => t.text),
  };
};

describe('guest lists one entry a line', () => {
  it('posts with spaces inside and the host credited inside the list', () => {
    const { roles, narration } = speakersOf(
      [
        '对谈嘉宾：',
        '主持人：潮汐财经主编柯文杰',
        '远帆物流 国际业务副总裁 甄立群',
        '蓝湾港务集团 战略部 总监 尤海生',
        '',
        '柯文杰：先请两位聊聊今年的航运。',
        '',
        '甄立群：运价回落了三成。',
        '',
        '尤海生：港口吞吐量还在涨。',
        '',
        '柯文杰：明年呢？',
        '',
        '甄立群：会好一些。',
        '',
        '尤海生：我也这么看。',
      ].join('\n'),
    );
    expect(roles).toEqual({ 柯文杰: 'host', 甄立群: 'guest', 尤海生: 'guest' });
    expect(narration.join('\n')).toContain('主持人：潮汐财经主编柯文杰\n远帆物流 国际业务副总裁 甄立群\n');
  });

  it('names first, then posts, a pen name among them', () => {
    const { roles, narration } = speakersOf(
      [
        '嘉宾：',
        '甄立群  南方大学历史系教授',
        '尤海生  作家，鲁迅文学奖得主',
        '墨染青衫客  网络作家，《长河》作者',
        '主持：柯文杰（书店创始人）',
        '',
        '柯文杰：甄老师先说？',
        '',
        '甄立群：好。',
        '',
        '尤海生：我补充。',
        '',
        '墨染青衫客：我也说两句。',
        '',
        '柯文杰：谢谢各位。',
        '',
        '甄立群：谢谢。',
        '',
        '尤海生：谢谢大家。',
      ].join('\n'),
    );
    expect(roles).toEqual({ 柯文杰: 'host', 甄立群: 'guest', 尤海生: 'guest', 墨染青衫客: 'guest' });
    expect(narration.join('\n')).toContain('甄立群  南方大学历史系教授\n尤海生  作家，鲁迅文学奖得主\n墨染青衫客');
  });
});
