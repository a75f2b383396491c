// Tests for the Chinese guest rules of extract/data/relations.json that give an unstated subject to the guest or the
// speaker's organisation: a clause about 他/她 is someone else's story, and "一家X公司" is no field invested in.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const interview = (answer: string): string[] => relationsOf(`**主持人：**说说你们的故事？\n\n**王宁：**${answer}`, 'third.zh', 'han');

describe('a growing-up told of 他 or 她 is not the guest\'s', () => {
  it.each([
    ['这个形象是艺术家龙家升创作的，他是香港出生、在比利时长大的。'],
    ['我们的设计总监她在荷兰长大，后来去了米兰。'],
  ])('%s', (answer) => {
    const found = interview(answer);
    expect(found.filter((r) => r.startsWith('王宁 -GREW_UP_IN->')), found.join('\n')).toEqual([]);
  });

  it('the guest\'s own story still is', () => {
    const found = interview('我在比利时长大，后来回到北京。');
    expect(found, found.join('\n')).toContain('王宁 -GREW_UP_IN-> 比利时');
  });
});

describe('我们投资了一家X公司 names no field invested in', () => {
  it('the kind of the company is not the investment', () => {
    const found = interview('我们投资了一家动画公司，也在做乐园。');
    expect(found.filter((r) => r.includes('-INVESTED_IN->')), found.join('\n')).toEqual([]);
  });
});
