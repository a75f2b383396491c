// Tests for a known name the tagger glues to the locative after it (在抖/zg 音上/x, 在快手上, 在微信里): the name still
// ends a word and is found; a word ending in 上 or 里 names nothing.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text, 'glue').entities.map((e) => e.label).sort();

describe('a name before 上 or 里', () => {
  it.each([
    ['一部分我们自己在抖音上直播卖。', ['Douyin']],
    ['当时大家还在抖音和快手上投流。', ['Douyin', 'Kuaishou']],
    ['我们在小红书上和微信里都发了。', ['WeChat', 'Xiaohongshu']],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('finds nothing in 晚上, 网上, 世界上', () => {
    expect(labels('晚上在网上看，世界上最好。')).toEqual([]);
  });
});
