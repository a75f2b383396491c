// Tests for a university's institution said without its university (extract/stages/resolve.ts with
// institutionShortForms of mentions/companyshort.ts): 华西医院 beside 四川大学华西医院 is one organisation.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TEXT = [
  '记者：您是四川大学华西医院的院长，华西医院这两年在AI上动作很多。',
  '',
  '李为民：对。复旦大学附属中山医院也在用，上个月我和中山医院的樊嘉院士见面。清华大学交叉信息研究院的人也来了，交叉信息研究院做得很好。',
].join('\n');

describe("a university's institution said alone is that institution", () => {
  const doc = extractText(TEXT, 'hospitals.zh');
  it.each([
    ['华西医院', '四川大学华西医院'],
    ['中山医院', '复旦大学附属中山医院'],
    ['交叉信息研究院', '清华大学交叉信息研究院'],
  ])('%s joins %s', (short, full) => {
    const holding = doc.entities.filter((e) => e.label === short || e.aliases.includes(short));
    expect(holding).toHaveLength(1);
    expect([holding[0].label, ...holding[0].aliases]).toContain(full);
    expect(holding[0].type).toBe('organization');
  });

  it('two universities with a hospital of the same name leave it alone', () => {
    const two = extractText('主持人：说说。\n\n王磊：中山大学附属第一医院和四川大学附属第一医院都来了，第一医院的人很多。', 'two.zh');
    expect(two.entities.filter((e) => e.aliases.includes('第一医院')).length).toBeLessThan(2);
  });
});
