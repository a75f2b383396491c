// Tests for extract/stages/mentions/zh.ts discoverChinese: a one-character surname the tagger tags as a name and a
// two-character word it reads as a place or proper noun, right before a person's title (鄂/nr 维南/ns 院士), are one name.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('a surname and a given name the tagger reads as a place, before a title', () => {
  it('鄂维南院士 is one person, who works at Peking University', () => {
    const doc = extractText('主持人：谁在做AI for Science？\n\n嘉宾：鄂维南院士是北京大学的教授。', 'title.zh');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.label)).toContain('鄂维南');
    expect(relationLines(doc)).toContain('鄂维南 -WORKS_AT-> Peking University');
  });
});
