// Tests for cues.json zhCommonWordCompanies: 奔驰, 福特 and 字节 are Mercedes-Benz, Ford and ByteDance where the text
// uses them as companies (给宝马和奔驰供货, 和福特合作, 字节的豆包), and stay words elsewhere (骏马奔驰, 一个字节).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (answer: string) => extractText(`主持人：说说客户？\n\n嘉宾：${answer}`, 'carmakers.zh').entities.map((e) => e.label);

describe('common-word companies', () => {
  it.each([
    ['德布勒森工厂主要给宝马和奔驰供货。', 'Mercedes-Benz'],
    ['我们在美国密歇根州给福特做技术授权，福特也宣布了新的电池计划。', 'Ford Motor Company'],
    ['Kimi和字节的豆包竞争很激烈。', 'ByteDance'],
  ])('%s → %s', (answer, label) => {
    expect(labels(answer)).toContain(label);
  });

  it.each([
    ['草原上骏马奔驰，景色很美。', 'Mercedes-Benz'],
    ['每个字符占一个字节，内存够用。', 'ByteDance'],
  ])('%s names no %s', (answer, label) => {
    expect(labels(answer)).not.toContain(label);
  });
});
