// Tests for which company makes which product when a Chinese sentence writes them as "X的Y" (MiniMax的海螺AI,
// Cognition的Devin), through the whole pipeline: the product must be typed a product for the edge to exist.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const turn = (line: string) => `**主持人：** 今天聊聊AI应用。\n\n**嘉宾：** ${line}\n`;

describe('a company, 的, then its product', () => {
  it.each([
    ['视频这块，MiniMax的海螺AI用户涨得很快。', 'MiniMax -DEVELOPED-> Hailuo AI'],
  ])('%s', (line, relation) => {
    const found = relationLines(extractText(turn(line), 'products.zh'));
    expect(found, found.join('\n')).toContain(relation);
  });

  it('海螺AI is a product, not a company', () => {
    const doc = extractText(turn('我最近每天都用海螺AI做短视频。'), 'products.zh');
    expect(doc.entities.find((e) => e.aliases.includes('海螺AI'))?.type).toBe('product');
  });
});
