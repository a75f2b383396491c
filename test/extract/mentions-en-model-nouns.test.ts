// Tests for English names a model noun types (extract/stages/mentions/latin.ts): "a model called Quillon-2",
// "Mimi, the codec that we used" are models, not a company or a woman called Mimi.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('a model noun before "called" or heading an appositive', () => {
  it.each([
    ['We built a model called Quillon-2 for antibody design.', 'Quillon-2'],
    ['Last year we trained a speech codec named Tavi on our own data.', 'Tavi'],
    ['We started with Mimi, the codec that we used for audio.', 'Mimi'],
    ['We fine-tuned Orvan, a protein language model from Meta, on our data.', 'Orvan'],
    ['Then came SolverNet, an open-weights model we released in May.', 'SolverNet'],
  ])('%s → model', (text, name) => {
    expect(typeOf(text, name)).toBe('model');
  });

  it.each([
    ['We met Sarah, a model who works in Milan, at the show.', 'Sarah'],
    ['We asked Jordan, our models lead, about it.', 'Jordan'],
  ])('a person stays a person: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });
});

describe('a model noun once outweighs the bare CamelCase shape', () => {
  it('"OrvaNet, the open-source model from Northam" then OrvaNet twice bare: a model', () => {
    const text = 'We compared OrvaNet, the open-source model from Northam, with ours. OrvaNet does well. Honestly OrvaNet is fast.';
    expect(typeOf(text, 'OrvaNet')).toBe('model');
  });

  it('a bare CamelCase name alone is still an organization', () => {
    expect(typeOf('We sold to BrightLoop last year, and BrightLoop paid on time.', 'BrightLoop')).toBe('organization');
  });
});

describe('a verb only models take, or a parameter count', () => {
  it.each([
    ['We fine-tuned TinyOrvik on our call logs, and TinyOrvik now runs on phones.', 'TinyOrvik'],
    ['We shipped a quantized KestrelLM last week; KestrelLM is small.', 'KestrelLM'],
    ['For the demo we used Orvan-3B, which fits on a laptop.', 'Orvan-3B'],
  ])('%s → model', (text, name) => {
    expect(typeOf(text, name)).toBe('model');
  });

  it('"we fine-tuned it for Norvale" makes no model of the customer', () => {
    expect(typeOf('We fine-tuned it for NorvaleBank, and NorvaleBank paid.', 'NorvaleBank')).toBe('organization');
  });
});
