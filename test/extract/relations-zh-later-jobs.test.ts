// Tests for a later job in the same first-person sentence ("我在英特尔做过研发，后来在泛林和应用材料工作"): the speaker
// worked at each company named; a later job of someone the sentence names is not the speaker's.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (sentence: string) => relationsOf(`主持人：您的经历？\n\n尹志尧：${sentence}\n`, 'later.zh');

describe('a later job in the same sentence', () => {
  it('each company after 后来在 … 工作 is the speaker\'s past job', () => {
    const found = said('我在英特尔做过研发，后来在泛林和应用材料工作。');
    expect(found).toEqual(expect.arrayContaining(['Gerald Yin -WORKED_AT-> Intel', 'Gerald Yin -WORKED_AT-> Lam Research', 'Gerald Yin -WORKED_AT-> Applied Materials']));
  });

  it('not a job of someone the sentence names', () => {
    expect(said('我认识张伟，后来在泛林工作。')).not.toContain('Gerald Yin -WORKED_AT-> Lam Research');
  });
});
