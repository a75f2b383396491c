// Tests for work done with a partner when the verb is also a topic the lexicon knows (研发 → research and development):
// "我们和清华大学联合研发了新一代探测器" → the speaker's organisation partners with the university.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('joint research and development', () => {
  it('partners the speaker\'s organisation with each', () => {
    const lines = relationsOf('主持人：说说合作。\n\n吴越：我在联影医疗工作。我们和浙江大学、华西医院联合研发了新一代探测器。', 'joint-rd.zh', 'han');
    expect(lines).toEqual(expect.arrayContaining(['联影医疗 -PARTNERS_WITH-> 浙江大学', '联影医疗 -PARTNERS_WITH-> 华西医院']));
  });
});
