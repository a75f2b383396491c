// Tests for 城市 (city), which the tagger cuts out of an unknown city's name (江/nr 城市/ns 人民政府) and tags as a place:
// it is no name, so no body "城市人民政府" or "城市水务局" comes of it; a known city's body stays one (合肥市人民政府).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('the word 城市', () => {
  it('opens no body name', () => {
    const labels = extractText('主持人：谁来了？\n\n何静：江城市人民政府和江城市水务局都来了，合肥市人民政府也来了。', 'city.zh').entities.map((e) => e.label);
    expect(labels).toContain('合肥市人民政府');
    expect(labels.filter((l) => l.startsWith('城市'))).toEqual([]);
  });
});
