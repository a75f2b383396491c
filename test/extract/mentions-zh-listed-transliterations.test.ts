// A transliterated name no lexicon knows (科沃斯达) reads as a foreign person's name; listed with companies the lexicon
// knows (拜耳、科沃斯达和先正达) it is one more foreign company.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, surface: string) =>
  extractText(`主持人：这个行业谁在做？\n\n嘉宾：${text}`, 'listed.zh').entities.find((e) => e.label === surface || e.aliases.includes(surface))?.type;

describe('transliterated names in a list of companies', () => {
  it.each([
    ['拜耳、科沃斯达和先正达都在做。', '科沃斯达'],
    ['巴斯夫与莱德福也在看。', '莱德福'],
    ['我们和马士基、赫伯罗特、卡洛维斯都谈过。', '卡洛维斯'],
  ])('%s → %s is a company', (text, surface) => {
    expect(typeOf(text, surface)).toBe('organization');
  });

  it.each([
    ['科沃斯达说这个行业很难做。', '科沃斯达'],
    ['奥特曼和拜耳也谈过。', 'Sam Altman'],
    ['莱德福和科沃斯达都来了。', '莱德福'],
  ])('%s → %s is still a person', (text, surface) => {
    expect(typeOf(text, surface)).toBe('person');
  });
});
