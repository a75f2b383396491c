// Tests for a credit line whose Chinese name carries its romanisation ("Guest: 周明远 Zhou Mingyuan (ZM), 创始人兼CEO";
// extract/stages/segment/units.ts INTRO_LINE): an introduction, narration, not an anonymous guest's first turn.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TEXT = `Founder Stories | Episode 14

Host: Lisa Park (LP)
Guest: 周明远 Zhou Mingyuan (ZM), 创始人兼CEO, Voltera Battery

LP: Welcome to Founder Stories. Mingyuan, 欢迎.

ZM: 谢谢 Lisa.

LP: Before Voltera, you were at CATL?

ZM: Yes, 我在宁德时代做了七年.
`;

describe('"Guest: 周明远 Zhou Mingyuan (ZM), …"', () => {
  const doc = extractText(TEXT, 'gloss');

  it('is narration, and no anonymous guest speaks', () => {
    expect(doc.turns.find((t) => t.text.includes('创始人兼CEO'))?.kind).toBe('narration');
    expect(doc.speakers.map((s) => s.label)).not.toContain('Guest (guest)');
  });
});
