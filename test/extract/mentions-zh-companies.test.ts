// Tests for the Chinese chip makers of extract/data/lexicon/organizations.json: names the tagger cuts (摩尔/nz 线程/n,
// 海光/n 信息/n) are one company with its English name, and a common word (地平线, horizon) stays a word.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const organizationsOf = (text: string): string[] =>
  extractDocument({ id: 'chips.zh', path: 'chips.zh.md', text: `主持人：国产芯片现在怎么样？\n\n王磊：${text}` }, context)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.label)
    .sort();

describe('Chinese chip makers are whole companies', () => {
  it.each([
    ['摩尔线程CEO张建中说过这件事。', ['Moore Threads']],
    ['海光信息做服务器CPU，沐曦和燧原科技做GPU。', ['Enflame', 'Hygon', 'MetaX']],
    ['地平线机器人做自动驾驶芯片，天数智芯也在做。', ['Horizon Robotics', 'Iluvatar CoreX']],
  ])('%s', (text, organizations) => {
    expect(organizationsOf(text)).toEqual(organizations);
  });

  it('the common words stay words: 地平线上, 摩尔定律, 线程', () => {
    expect(organizationsOf('太阳落到地平线上了。摩尔定律还在，多线程的信息也很多。')).toEqual([]);
  });
});
