// Tests for the bundled lexicon on Zhejiang's companies, labs and papers as a provincial press conference names them
// (海康威视, 强脑科技, 云深处科技, 群核科技, 之江实验室, 西湖大学, 浙江日报): each one organisation, 海康威视 not split in two.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：请介绍一下杭州的科技企业。',
  '',
  '陈卫强：海康威视、大华股份是老牌企业，强脑科技、云深处科技、群核科技是新秀。',
  '我们支持之江实验室和西湖大学建设创新平台，浙江日报也做过报道。他早年在新科磁电工作。',
].join('\n');

const doc = extractText(TEXT, 'zhejiang.zh');

describe("Zhejiang's companies and institutions", () => {
  it.each([
    ['海康威视', 'Hikvision'],
    ['大华股份', 'Dahua Technology'],
    ['强脑科技', 'BrainCo'],
    ['云深处科技', 'DEEP Robotics'],
    ['群核科技', 'Manycore Tech'],
    ['之江实验室', 'Zhejiang Lab'],
    ['西湖大学', 'Westlake University'],
    ['浙江日报', 'Zhejiang Daily'],
    ['新科磁电', 'SAE Magnetics'],
  ])('%s → %s', (written, label) => {
    expectLabelled(doc, written, label, 'organization');
  });

  it('海康威视 is one company, not 海康 and 威视', () => {
    expect(doc.entities.map((e) => e.label)).not.toContain('威视');
  });
});
