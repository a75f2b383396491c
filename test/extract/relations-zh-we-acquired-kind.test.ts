// Tests for relations.json zh-we-acquired: a kind of company, and where it is, right before the acquired company's
// name ("我们2022年收购了日本玩具公司 Sank Toys") → the speaker's organisation acquired it.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const told = (answer: string) =>
  relationsOf(`主持人：你们怎么出海？\n\n周海涛：我是泡泡玛特的周海涛。${answer}`, 'acquired.zh').filter((l) => l.includes('ACQUIRED'));

describe('an acquisition named with the kind of company', () => {
  it.each([
    ['我们2022年收购了日本玩具公司 Sank Toys，主要是看中他们的设计团队。', 'Pop Mart -ACQUIRED-> Sank Toys'],
    ['去年我们收购了一家德国机器人公司 KUKA。', 'Pop Mart -ACQUIRED-> KUKA'],
  ])('%s', (answer, line) => {
    expect(told(answer)).toEqual([line]);
  });
});
