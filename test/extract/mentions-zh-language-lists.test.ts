// Tests for lists of languages beside a country ("翻译成了英文、泰文、越南文"): words for languages are no places, while
// an unknown name listed beside known countries still is one.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const places = (text: string) => extractText(text, 'lang').entities.filter((e) => e.type === 'place').map((e) => e.label).sort();

describe('languages listed beside a country', () => {
  it.each([
    ['我的书被翻译成了英文、泰文、越南文。', ['英文', '泰文']],
    ['字幕有中文、日语和泰语，主要卖到泰国。', ['日语', '中文']],
  ])('%s', (text, languages) => {
    for (const word of languages) expect(places(text)).not.toContain(word);
  });

  it('an unknown name beside known countries is still a place', () => {
    expect(places('我们的产品卖到了泰国、越南和琅勃拉邦。')).toContain('琅勃拉邦');
  });
});
