// zh-org-title-staff on the longer ways a guest's post is written: a second title after 、 (集团副总裁、版权业务负责人X),
// a city office between the organisation and the title (基金会北京代表处首席代表X). The person works there; the head of
// one business is no leader of the whole (腾讯副总裁、业务负责人X does not lead Tencent).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (text: string) => relationsOf(`主持人：今天的嘉宾是${text}\n\n嘉宾：大家好。`, 'staff.zh', 'han');

describe('a guest\'s post written at length', () => {
  it.each([
    ['腾讯音乐副总裁、版权业务负责人陈默先生。', '陈默 -WORKS_AT-> 腾讯音乐'],
    ['字节跳动副总裁、商业化负责人沈言。', '沈言 -WORKS_AT-> 字节跳动'],
    ['盖茨基金会上海代表处首席代表周远先生。', '周远 -WORKS_AT-> 盖茨基金会'],
  ])('%s', (text, expected) => {
    expect(said(text)).toContain(expected);
  });

  it('a business head after 、 leads no company', () => {
    const found = said('腾讯副总裁、游戏业务负责人马晓轶。');
    expect(found).toContain('马晓轶 -WORKS_AT-> 腾讯');
    expect(found).not.toContain('马晓轶 -LEADS-> 腾讯');
  });

  it('a name listed after a title is not that title\'s holder', () => {
    expect(said('华为副总裁、张三和李四。').filter((l) => l.includes('张三'))).not.toContain('张三 -WORKS_AT-> 华为');
  });
});
