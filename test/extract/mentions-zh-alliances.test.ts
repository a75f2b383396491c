// 联盟 after a name names an alliance (海洋联盟, 双子星联盟: shipping alliances); 联盟 alone, or after a common noun
// (产业联盟), is the word, and no organization "联盟".
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

const doc = extractText(
  ['主持人：航线怎么排？', '', '嘉宾：我们和达飞轮船同在海洋联盟，联盟内部做了舱位互换。马士基和赫伯罗特组了双子星联盟。我们还加入了一个产业联盟。'].join('\n'),
  'alliances.zh',
);
const labels = doc.entities.map((e) => `${e.label}/${e.type}`);

describe('alliances', () => {
  it('a name before 联盟 is one alliance', () => {
    expect(labels).toEqual(expect.arrayContaining(['海洋联盟/organization', '双子星联盟/organization']));
  });

  it('联盟 alone and 产业联盟 are words, and 海洋 is no place', () => {
    expect(labels.filter((l) => /^(联盟|产业联盟|海洋)\//.test(l))).toEqual([]);
  });
});

describe('an alliance after 的 is no product', () => {
  it('马士基与赫伯罗特的双子星联盟: Hapag-Lloyd developed nothing', () => {
    const lines = relationsOf('主持人：谈到马士基与赫伯罗特的双子星联盟，还有地平线的征程6。\n\n嘉宾：好。', 'alliance-de.zh', 'han');
    expect(lines.filter((l) => l.includes('DEVELOPED'))).toEqual(['地平线 -DEVELOPED-> 征程6']);
  });
});
