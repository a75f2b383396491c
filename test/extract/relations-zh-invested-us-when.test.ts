// Tests for an investor in the speaker's company with a time between investor and verb ("Stellantis在2023年投资了我们",
// "红杉去年投了我们"): the investor invested in the company the speaker founded.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('X (when) 投资了我们', () => {
  it.each([
    ['Stellantis在2023年投资了我们大概15亿欧元。', 'Stellantis -INVESTED_IN-> Leapmotor'],
    ['红杉中国去年投了我们。', 'HongShan -INVESTED_IN-> Leapmotor'],
  ])('%s', (sentence, line) => {
    const found = relationsOf(`主持人：说说零跑。\n\n曹力：我是零跑汽车联合创始人。${sentence}\n`, 'inv.zh');
    expect(found, found.join('\n')).toContain(line);
  });
});
