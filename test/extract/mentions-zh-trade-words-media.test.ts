// Tests for company names ending in 影业, 影视, 动画, 教育 or 文化 that no lexicon has: with a company cue (叫X, X的创始人,
// X董事长Y) they are organizations; the same words after a common word (企业文化, 在线教育, 动画电影) stay topics.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = extractText(
  [
    '主持人：说说公司。',
    '',
    '嘉宾：他是青禾教育的创始人，还有一家叫蓝鲸动画的工作室。华策影视董事长赵依芳也来了。',
    '企业文化很重要，在线教育很难，中国文化、传统文化、影视行业、动画电影都不错，素质教育和职业教育也是。',
  ].join('\n'),
  'trade-media.zh',
);

describe('media and education company names', () => {
  it('are organizations with a company cue', () => {
    const orgs = doc.entities.filter((e) => e.type === 'organization').map((e) => e.label);
    expect(orgs.sort()).toEqual(['华策影视', '蓝鲸动画', '青禾教育']);
  });

  it('the chief named after the company leads it', () => {
    expect(relationLines(doc, 'han')).toContain('赵依芳 -LEADS-> 华策影视');
  });
});
