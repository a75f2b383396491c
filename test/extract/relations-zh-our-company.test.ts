// Tests for Chinese relation rules whose subject is the speaker's company, left unsaid: its rivals (竞争对手主要是X和Y)
// and its offices (我们在X和Y都设了办公室).
import { describe, expect, it } from 'vitest';
import { relationsOf as relationsOfText } from './extract-text.ts';

const relationsOf = (text: string): string[] => relationsOfText(`主持人：今天的嘉宾是拓竹科技创始人陶冶。\n\n陶冶：${text}`, 'our-company.zh', 'han');

describe('rivals named at the head of a clause: 竞争对手主要是X和Y', () => {
  it('竞争对手主要是Prusa Research和创想三维', () => {
    const found = relationsOf('竞争对手主要是Prusa Research和创想三维。');
    for (const r of ['拓竹科技 -COMPETES_WITH-> Prusa Research', '拓竹科技 -COMPETES_WITH-> 创想三维']) expect(found, found.join('\n')).toContain(r);
  });

  it('the host asking about the guest\'s rivals names none', () => {
    const found = relationsOfText('主持人：今天的嘉宾是拓竹科技创始人陶冶。你们的竞争对手是谁？\n\n陶冶：不好说。', 'our-company.zh', 'han');
    expect(found.filter((r) => r.includes('COMPETES_WITH')), found.join('\n')).toEqual([]);
  });
});

describe('offices: 我们在X和Y都设了办公室', () => {
  it.each([
    ['我们在慕尼黑和奥斯汀都设了办公室。', ['拓竹科技 -LOCATED_IN-> 慕尼黑', '拓竹科技 -LOCATED_IN-> 奥斯汀']],
    ['我们在东京设有办事处。', ['拓竹科技 -LOCATED_IN-> 东京']],
  ])('%s', (text, expected) => {
    const found = relationsOf(text);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });
});
