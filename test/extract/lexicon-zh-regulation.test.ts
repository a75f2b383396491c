// Tests for the bundled concepts on 监管: a regulated trade (短剧, banks) is under regulation, which is no AI
// regulation unless the text says 人工智能监管 / AI监管.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const concepts = (words: string) =>
  extractText(`主持人：说说吧。\n\n嘉宾：${words}`, 'regulation.zh')
    .entities.filter((e) => e.type === 'concept')
    .map((e) => e.label);

describe('regulation', () => {
  it('监管 alone is regulation', () => {
    const found = concepts('广电总局对微短剧的监管越来越严，银行业也是高度监管的行业。');
    expect(found).toContain('regulation');
    expect(found).not.toContain('AI regulation');
  });

  it('人工智能监管 is AI regulation', () => {
    expect(concepts('欧盟在推人工智能监管。')).toContain('AI regulation');
  });
});
