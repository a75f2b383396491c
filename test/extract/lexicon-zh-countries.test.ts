// Tests for the bundled lexicon on countries Chinese transcripts name that it lacked (哈萨克斯坦, 伊拉克, 塞尔维亚, 老挝…):
// each is a place with its English label, never a transliterated person's name.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TEXT = [
  '主持人：海外项目都在哪里？',
  '',
  '嘉宾：我们在哈萨克斯坦、乌兹别克斯坦和伊拉克都有项目，也去过埃塞俄比亚、坦桑尼亚、委内瑞拉、古巴、塞尔维亚和老挝。',
  '斯里兰卡、尼泊尔、白俄罗斯、克罗地亚、阿尔及利亚、安哥拉、莫桑比克、厄瓜多尔、乌拉圭、巴拿马也在谈。',
].join('\n');

const doc = extractText(TEXT, 'countries.zh');

describe('countries', () => {
  it.each([
    ['哈萨克斯坦', 'Kazakhstan'], ['乌兹别克斯坦', 'Uzbekistan'], ['伊拉克', 'Iraq'], ['埃塞俄比亚', 'Ethiopia'], ['坦桑尼亚', 'Tanzania'],
    ['委内瑞拉', 'Venezuela'], ['古巴', 'Cuba'], ['塞尔维亚', 'Serbia'], ['老挝', 'Laos'], ['斯里兰卡', 'Sri Lanka'], ['尼泊尔', 'Nepal'],
    ['白俄罗斯', 'Belarus'], ['克罗地亚', 'Croatia'], ['阿尔及利亚', 'Algeria'], ['安哥拉', 'Angola'], ['莫桑比克', 'Mozambique'],
    ['厄瓜多尔', 'Ecuador'], ['乌拉圭', 'Uruguay'], ['巴拿马', 'Panama'],
  ])('%s → %s', (surface, label) => {
    const entity = doc.entities.find((e) => e.label === label);
    expect(entity?.type).toBe('place');
    expect(entity?.aliases).toContain(surface);
  });

  it('finds no person among them', () => {
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker)).toEqual([]);
  });
});
