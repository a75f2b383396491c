// 原 before a post or an organisation marks a former post, as 前 does: "中国疾控中心原主任高福" once led the centre and
// no longer does (WORKED_AT, not LEADS); "原阿里巴巴副总裁X" worked there.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('former posts written with 原', () => {
  const lines = relationsOf(
    [
      '主持人：今天请到三位嘉宾：北京协和医院原院长赵玉沛教授、原宁德时代副总裁黄世霖先生，还有小米集团原总裁林斌。',
      '',
      '赵玉沛：谢谢主持人。',
    ].join('\n'),
    'former.zh',
    'han',
  );

  it.each([
    ['赵玉沛', '北京协和医院'],
    ['黄世霖', '宁德时代'],
    ['林斌', '小米'],
  ])('%s worked at %s, and neither leads nor works there now', (person, org) => {
    const own = lines.filter((l) => l.startsWith(`${person} -`) && l.endsWith(`-> ${org}`));
    expect(own).toEqual([`${person} -WORKED_AT-> ${org}`]);
  });

  it('a present post is still a present one', () => {
    expect(relationsOf('主持人：有请北京协和医院院长张抒扬。\n\n张抒扬：谢谢。', 'present.zh', 'han')).toContain('张抒扬 -LEADS-> 北京协和医院');
  });
});
