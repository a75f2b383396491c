// Tests for relations.json zh-i-studied on research done at a university: "我之前在X大学Y实验室做了十年研究" is work there,
// not study; "我在X大学读了四年本科" is still study.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (answer: string) => relationsOf(`主持人：说说您的经历。\n\n郑怀远：${answer}`, 'research.zh', 'han');

describe('research years at a university', () => {
  it.each([['我之前在复旦大学做了十年研究，后来才出来创业。'], ['我在清华大学搞过两年研究。']])('%s → not studied there', (answer) => {
    const lines = said(answer);
    expect(lines.filter((l) => l.includes('STUDIED_AT')), lines.join('\n')).toEqual([]);
  });

  it('我在复旦大学读了四年本科 → studied there', () => {
    expect(said('我在复旦大学读了四年本科。')).toContain('郑怀远 -STUDIED_AT-> 复旦大学');
  });
});
