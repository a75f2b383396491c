// Tests for extract/stages/mentions/zh.ts innerSuffix: a token the tagger reads as one name but that is only company words
// ("控股集团/nz", a kind of company) names no organisation, and so nobody invests in it (我们和X建设投资控股集团的合作).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('控股集团 alone', () => {
  const doc = extractText('主持人：地方合作怎么样？\n\n嘉宾：我们和南昌市建设投资控股集团的合作还会继续。', 'kind-company.zh');
  it('is no organisation', () => {
    expect(doc.entities.map((e) => e.label)).not.toContain('控股集团');
  });
  it('and no one invests in it', () => {
    expect(relationLines(doc).filter((l) => l.includes('INVESTED_IN'))).toEqual([]);
  });
});
