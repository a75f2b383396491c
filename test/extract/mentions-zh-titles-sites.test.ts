// Tests for Chinese names after more officer titles (首席信息官黄乐平, 总工程师邢继), bodies whose level the tagger cut off
// (由市国资委, 市卫健委副主任), thanks that are no name (谢谢您), and transliterated names of sites (马诺诺项目, 阿卡迪亚锂矿,
// 巴西萨尔瓦多), which are places, not people.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const byType = (text: string, type: string) =>
  extractText(text, 'titles.zh').entities.filter((e) => e.type === type && !e.speaker).map((e) => e.label).sort();

describe('titles, bodies and thanks', () => {
  const text =
    '主持人：项目谁负责？\n\n周立：谢谢您的提问。负责这个项目的是我们的首席信息官黄乐平，技术上听总工程师邢继的。' +
    '公司2019年由市国资委和北控水务共同出资重组，市卫健委副主任林秀梅也来看过。';

  it('a name after an officer title is a person, thanks are not', () => {
    const people = byType(text, 'person');
    expect(people).toEqual(expect.arrayContaining(['黄乐平', '邢继', '林秀梅']));
    expect(people.filter((p) => p.includes('谢') || p === '乐平')).toEqual([]);
  });

  it('a body keeps its level and loses the function word and the deputy', () => {
    expect(byType(text, 'government')).toEqual(expect.arrayContaining(['市国资委', '市卫健委']));
    const all = extractText(text, 'titles.zh').entities.map((e) => e.label);
    expect(all.filter((l) => l.startsWith('由') || l.endsWith('副'))).toEqual([]);
  });
});

describe('transliterated sites', () => {
  it('a name before 项目, 锂矿 or after a country is a place', () => {
    const text =
      '主持人：海外项目呢？\n\n周立：我们在巴西萨尔瓦多的项目今年通车，刚果（金）的马诺诺项目已经开工，华友钴业在津巴布韦的阿卡迪亚锂矿也投产了，' +
      '英国的布拉德韦尔B项目停了。';
    expect(byType(text, 'person')).toEqual([]);
    expect(byType(text, 'place')).toEqual(expect.arrayContaining(['萨尔瓦多', '马诺诺', '阿卡迪亚', '布拉德韦尔']));
  });
});
