// Tests for relations.json zh-we-are-schoolmates and zh-person-schoolmates: people named as schoolmates (同学, 校友) of
// a school studied there; the speaker too when they say 我们 or 我和X. Not a company's "同学" (colleagues).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const told = (answer: string) => relationsOf(`主持人：你们是怎么认识的？\n\n陈嘉禾：${answer}`, 'schoolmates.zh', 'han').filter((l) => l.includes('STUDIED_AT'));

describe('schoolmates of a school', () => {
  it.each([
    ['我们是南京大学的同学，他比我高一届。', ['陈嘉禾 -STUDIED_AT-> 南京大学']],
    ['我和张晓东是华中科技大学的本科同学。', ['张晓东 -STUDIED_AT-> 华中科技大学', '陈嘉禾 -STUDIED_AT-> 华中科技大学']],
    ['刘欣和周海涛是南开中学的校友，后来才介绍给我。', ['刘欣 -STUDIED_AT-> 南开中学', '周海涛 -STUDIED_AT-> 南开中学']],
  ])('%s', (answer, lines) => {
    expect(told(answer).sort()).toEqual([...lines].sort());
  });

  it('a company\'s 同学 are colleagues, and a 校友会 is no school', () => {
    expect(told('我们是字节跳动的同学，在一个组。张晓东是南京大学校友会的会长。')).toEqual([]);
  });
});
