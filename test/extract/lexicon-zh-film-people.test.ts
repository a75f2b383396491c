// Tests for film people Chinese transcripts name by two- or three-character names the tagger knows as words or cuts
// (徐克/nr, 成龙, 林/ng 超贤/x): the lexicon gives them, with their English names; 望子成龙 stays an idiom.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('film people', () => {
  const doc = extractText(
    '主持人：今年的电影节请了谁？\n\n嘉宾：张艺谋、徐克和林超贤都来了，李安、成龙、吴京和宁浩也在，望子成龙的家长带着孩子排队签名。',
    'film-people.zh',
  );
  const people = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);

  it('are people with their English names', () => {
    expect(people.sort()).toEqual(['Ang Lee', 'Dante Lam', 'Jackie Chan', 'Ning Hao', 'Tsui Hark', 'Wu Jing', 'Zhang Yimou']);
  });
});
