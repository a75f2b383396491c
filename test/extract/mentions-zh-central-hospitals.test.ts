// Tests for mentions/zh.ts GENERIC_BODIES on a city's central hospital: the tagger reads 中心医院 as one word, a kind
// every city has, so it names a hospital only with the city written before it (绍兴市中心医院), never alone.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = extractText('主持人：先介绍一下您自己。\n\n陆文华：我在绍兴市中心医院心内科工作了十二年，之前在中心医院的急诊也轮转过。', 'central-hospital.zh');

describe("a city's central hospital", () => {
  it('绍兴市中心医院 is one organization; 中心医院 alone is none', () => {
    const labels = doc.entities.map((e) => `${e.type} ${e.label}`);
    expect(labels).toContain('organization 绍兴市中心医院');
    expect(labels).not.toContain('organization 中心医院');
  });

  it('the doctor works there', () => {
    expect(relationLines(doc, 'han').some((l) => /^陆文华 -WORK(S|ED)_AT-> 绍兴市中心医院$/.test(l)), relationLines(doc, 'han').join('\n')).toBe(true);
  });
});
