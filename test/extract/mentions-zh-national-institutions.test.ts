// Tests for Chinese universities and academies named with 中国 before them (中国海洋大学, 中国矿业大学), an institute
// written right after the academy it belongs to (中国水产科学研究院黄海水产研究所: one unit, not 科学研究院黄海水产研究所),
// and shipyards and fishery bodies the lexicon now knows.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const orgs = (text: string) =>
  extractText(text, 'national.zh').entities.filter((e) => e.type === 'organization' && !e.speaker).map((e) => e.label).sort();

describe('national institutions', () => {
  it('中国 before a university the tagger knows without it is part of its name', () => {
    const found = orgs('主持人：您的经历？\n\n董立：我从中国海洋大学毕业，后来在中国矿业大学读博士。');
    expect(found).toEqual(['中国海洋大学', '中国矿业大学']);
  });

  it('an institute after its academy is no cut academy name; shipyards are known', () => {
    const found = orgs('主持人：谁研发的？\n\n董立：是和中国水产科学研究院黄海水产研究所一起研发的，船在黄埔文冲造，獐子岛集团也来看过。');
    expect(found.filter((o) => o.startsWith('科学研究院'))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['中国水产科学研究院黄海水产研究所', 'Huangpu Wenchong Shipbuilding', 'Zhangzidao Group']));
  });
});
