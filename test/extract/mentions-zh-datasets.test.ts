// Tests for Chinese dataset cues (cues.json zh-benchmark-hint, zh.ts discoverCalledQuotedKind, relations.json zh-*-released):
// a name before 数据集 or a quoted name called a 数据集 is a benchmark or dataset, and releasing one is RELEASED.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const typesOf = (text: string) => {
  const doc = extractText(`主持人：数据从哪来？\n\n王磊：${text}`, 'datasets.zh');
  return { types: Object.fromEntries(doc.entities.filter((e) => e.type !== 'person' && e.type !== 'concept').map((e) => [e.label, e.type])), relations: relationLines(doc) };
};

describe('Chinese dataset names', () => {
  it('KineBench数据集: a Latin name before 数据集 is a dataset, and 我们发布了 it is the speaker’s release', () => {
    const { types, relations } = typesOf('去年我们发布了KineBench数据集，现在有三十多个团队在用。');
    expect(types).toEqual({ KineBench: 'benchmark' });
    expect(relations).toContain('王磊 -RELEASED-> KineBench');
  });

  it.each([
    ['我们自己采集了一个叫“青鸾”的遥操作数据集。', { 青鸾: 'benchmark' }],
    ['我们训练了一个名为“天穹”的多模态大模型。', { 天穹: 'model' }],
  ])('%s', (text, expected) => {
    expect(typesOf(text).types).toEqual(expected);
  });

  it('工业质检数据集, 质检基准: a domain before the dataset word names no dataset', () => {
    expect(typesOf('国家建设了医疗影像数据集、工业质检数据集，也在做质检基准。').types).toEqual({});
  });
});
