// Tests for extract/stages/mentions/lexmatch.ts on place names the tagger glues into one word: a province and its
// capital (广西南宁), a city and its administrative suffix (湖州市), a country and its head's title (日本首相); each
// known place is still found.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('a province and its capital, or a city and its suffix, read by the tagger as one word', () => {
  it('广西南宁 is Guangxi and Nanning, 辽宁沈阳 Liaoning and Shenyang; 湖州市 and 合肥市 are Huzhou and Hefei', () => {
    const places = extractText('主持人：仓库在哪？\n\n嘉宾：广西南宁有一个，湖州市很好，合肥市也好，辽宁沈阳也有。', 'glued.zh').entities.filter((e) => e.type === 'place');
    expect(places.map((e) => e.label).sort()).toEqual(['Guangxi', 'Hefei', 'Huzhou', 'Liaoning', 'Nanning', 'Shenyang']);
  });

  it('日本首相 and 英国首相 name Japan and the United Kingdom, and the head before the name leads it; 首相官邸 too', () => {
    const doc = extractText('记者：日本首相石破茂昨天说了什么？英国首相斯塔默呢？\n\n发言人：我们注意到日本首相官邸的声明。', 'heads.zh');
    const places = doc.entities.filter((e) => e.type === 'place').map((e) => e.label);
    expect(places.sort()).toEqual(['Japan', 'United Kingdom']);
    expect(relationLines(doc)).toEqual(expect.arrayContaining(['石破茂 -LEADS-> Japan', 'Keir Starmer -LEADS-> United Kingdom']));
  });

  it('a place name inside a longer word of another sense stays out (黄河北岸 names no Hebei)', () => {
    const labels = extractText('主持人：在哪？\n\n嘉宾：在黄河北岸。', 'bank.zh').entities.map((e) => e.label);
    expect(labels).not.toContain('Hebei');
  });
});
