// Tests for extract/stages/mentions/standards.ts (through findMentions): a standards body and a number name one
// standard (a work), however it is spaced, and never a product code or an organization "ISO".
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../extract/lexicon.ts';
import { findMentions } from '../../extract/stages/mentions.ts';
import { turnedDocument } from './doc.ts';

const lexicon = loadLexicon();
const mentionsOf = (text: string) => findMentions(turnedDocument([['turn', null, text]]), lexicon).mentions;

describe('standards', () => {
  it.each([
    ['我们的工厂通过了ISO9001认证。', 'ISO9001', 'ISO 9001'],
    ['也通过了ISO 27001。', 'ISO 27001', 'ISO 27001'],
    ['我们拿到了ISO/IEC 42001认证。', 'ISO/IEC 42001', 'ISO/IEC 42001'],
    ['符合GB/T 45001标准。', 'GB/T 45001', 'GB/T 45001'],
    ['We are SOC 2 Type II compliant.', 'SOC 2 Type II', 'SOC 2 Type II'],
    ['The controller follows IEC 61508.', 'IEC 61508', 'IEC 61508'],
  ])('%s → %s, a work written %s', (text, surface, canonical) => {
    const found = mentionsOf(text);
    expect(found.map((m) => m.surface), JSON.stringify(found.map((m) => [m.surface, m.type]))).toEqual([surface]);
    expect(found[0]).toMatchObject({ type: 'work', canonical });
  });

  it('a memory size is no standard, and a chip code stays a product', () => {
    expect(mentionsOf('内存是32 GB 2根。').filter((m) => m.type === 'work')).toEqual([]);
    expect(mentionsOf('我们用了MI308。').find((m) => m.surface === 'MI308')?.type).toBe('product');
  });
});
