// Tests for chip-process terms as transcripts write them (CMP, MOCVD, PECVD, LED, 薄膜沉积, 等离子体刻蚀): concepts
// with English labels, never an unknown acronym read as an organization.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const doc = extractText(
  '主持人：设备怎么分工？\n\n嘉宾：我们做等离子体刻蚀和薄膜沉积，拓荆科技做PECVD，华海清科做CMP，MOCVD主要卖给LED厂商，ALD和PVD也有人做。\n',
  'chips.zh',
);

describe('chip-process terms', () => {
  it.each([
    ['CMP', 'chemical mechanical polishing'],
    ['MOCVD', 'metal-organic chemical vapour deposition'],
    ['PECVD', 'plasma-enhanced chemical vapour deposition'],
    ['LED', 'light-emitting diodes'],
    ['ALD', 'atomic layer deposition'],
    ['PVD', 'physical vapour deposition'],
    ['薄膜沉积', 'thin-film deposition'],
    ['等离子体刻蚀', 'plasma etching'],
  ])('%s → %s (concept)', (surface, label) => {
    expectLabelled(doc, surface, label, 'concept');
  });

  it('reads no acronym as an organization', () => {
    const orgs = doc.entities.filter((e) => e.type === 'organization').map((e) => e.label);
    for (const acronym of ['CMP', 'MOCVD', 'PECVD', 'LED', 'ALD', 'PVD']) expect(orgs).not.toContain(acronym);
  });
});
