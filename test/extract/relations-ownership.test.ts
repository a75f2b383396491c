// Ownership and acquisitions stated in apposition or a relative clause, in English and Chinese.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('relations: parent companies and acquisitions', () => {
  it.each([
    ["**A:** Cursor's parent company Anysphere raised again.", 'Anysphere -OWNS-> Cursor'],
    ['**A:** Brightwave Holdings, the parent company of Lumenza Robotics, raised again.', 'Brightwave Holdings -OWNS-> Lumenza Robotics'],
    ['**陈茜：** Cursor的母公司Anysphere估值涨到了近300亿美元。', 'Anysphere -OWNS-> Cursor'],
    ['**陈茜：** 字节跳动是抖音的母公司。', 'ByteDance -OWNS-> Douyin'],
    ['**Martin:** Before that I co-founded Nicira, which VMware acquired in 2012.', 'VMware -ACQUIRED-> Nicira'],
  ])('%s → %s', (text, line) => {
    expect(relationsOf(text)).toContain(line);
  });

  it('"which" after a name with no acquisition verb states nothing of the kind', () => {
    const lines = relationsOf('**Martin:** I co-founded Nicira, which VMware customers loved, and later joined Andreessen Horowitz.');
    expect(lines.filter((l) => /ACQUIRED|OWNS/.test(l))).toEqual([]);
  });
});
