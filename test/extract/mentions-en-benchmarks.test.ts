// Tests for English benchmark names (extract/data/cues.json prefix en-benchmark-evaluated-on, read by
// extract/stages/mentions/latin.ts): a name a model is "evaluated on" or "scores on" is a benchmark.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text, 'benchmarks').entities;

describe('a name a model is evaluated on is a benchmark', () => {
  it.each([
    ['Our models are evaluated on ProteinGym every week.', 'ProteinGym'],
    ['It scores 71 percent; it scores on FoldBench higher than anyone.', 'FoldBench'],
    ['We benchmarked on CASP16 and the results were good.', 'CASP16'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('benchmark');
  });

  it('a known model after "evaluated on" stays a model', () => {
    expect(entities('We evaluated on Llama 3 first.').find((e) => e.label === 'Llama 3')?.type).toBe('model');
  });
});
