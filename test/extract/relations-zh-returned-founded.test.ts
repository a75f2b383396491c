// Tests for a founder's own story told as a return ("我2004年回到上海创办了中微公司", "2004年回国创办了X" opening a
// sentence of the speaker's): the speaker founded it; someone else's return ("他…回国创办了…") is not the speaker's.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (sentence: string) => relationsOf(`主持人：您为什么回国？\n\n尹志尧：${sentence}\n`, 'back.zh');

describe('returned and founded', () => {
  it.each([
    '我2004年回到上海创办了中微公司。',
    '我在英特尔工作了很多年。2004年回到上海创办中微公司，当时很难。',
  ])('%s', (sentence) => {
    expect(said(sentence)).toContain('Gerald Yin -FOUNDED-> AMEC');
  });

  it('not when someone else returned', () => {
    expect(said('他2004年回到上海创办了中微公司。')).not.toContain('Gerald Yin -FOUNDED-> AMEC');
  });
});
