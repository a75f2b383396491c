// Tests for Chinese relation rules of extract/data/relations.json: "和X一起创办了Y" (X and the speaker founded Y), and
// "X是清华和卡内基梅隆大学毕业的" (X studied at each university).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (answer: string) => relationsOf(`主持人：说说你的经历？\n\n陈大同：${answer}`, 'cofounded.zh', 'han');

describe('co-founders and graduates', () => {
  it('我…回国后和李建国一起创办了展讯通信 → both founded it', () => {
    const found = said('我1990年代在美国工作，回国后和李建国一起创办了展讯通信，后来展讯被紫光集团收购。');
    expect(found, found.join('\n')).toContain('陈大同 -FOUNDED-> 展讯');
    expect(found, found.join('\n')).toContain('李建国 -FOUNDED-> 展讯');
  });

  it('他和X一起创办的 is not the speaker\'s', () => {
    const found = said('尹志尧后来和几位同事一起创办了中微公司。');
    expect(found, found.join('\n')).not.toContain('陈大同 -FOUNDED-> 中微公司');
  });

  it('X是清华和卡内基梅隆大学毕业的 → studied at both', () => {
    const found = said('我们的创始人杨植麟是清华和卡内基梅隆大学毕业的。');
    expect(found, found.join('\n')).toContain('杨植麟 -STUDIED_AT-> 清华');
    expect(found, found.join('\n')).toContain('杨植麟 -STUDIED_AT-> 卡内基梅隆大学');
  });
});
