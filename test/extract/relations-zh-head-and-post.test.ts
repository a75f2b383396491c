// Tests for a head's title joined to a second post ("中微公司董事长兼总经理尹志尧", "格林美董事长、总裁许开华",
// "北京大学校长兼党委副书记张三"): the person leads the organization, as with the head's title alone.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('a head\'s title and a second post', () => {
  it.each([
    ['日前，我们专访了中微公司董事长兼总经理尹志尧博士。', 'Gerald Yin -LEADS-> AMEC'],
    ['格林美董事长、总裁许开华说，回收很难。', '许开华 -LEADS-> GEM Co.'],
    ['北京大学校长兼党委副书记张三说。', '张三 -LEADS-> Peking University'],
  ])('%s', (text, line) => {
    const found = relationsOf(text, 'head.zh');
    expect(found, found.join('\n')).toContain(line);
  });
});
