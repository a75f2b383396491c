// A speaker labelled with a first name ("James：") in a Chinese transcript is the person the text names in full;
// the Chinese characters around that full name are no part of it.
import { describe, expect, it } from 'vitest';
import { expandFirstName, expandSurname } from '../../extract/stages/segment/names.ts';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };

describe('first names and surnames written beside Chinese text', () => {
  it('"James" is James Martin when the text writes "James Martin曾经跟我说过"', () => {
    expect(expandFirstName('James', [], ['张涛：James Martin曾经跟我说过，最难的不是技术。'])).toBe('James Martin');
    expect(expandFirstName('James', [], ['我的朋友James Martin说过。'])).toBe('James Martin');
  });

  it('"Okafor" is Dana Okafor when Chinese text stands right before or after the full name', () => {
    expect(expandSurname('Okafor', [], ['我的朋友Dana Okafor曾经跟我说过。'], new Set())).toBe('Dana Okafor');
  });

  it('alphabetic names keep their letters: "Jean-Luc Picard", "Zoë Ortiz", Cyrillic', () => {
    expect(expandFirstName('Zoë', [], ['Zoë Ortiz-Díaz joined us.'])).toBe('Zoë Ortiz-Díaz');
    expect(expandFirstName('Иван', [], ['Иван Петров сказал.'])).toBe('Иван Петров');
    expect(expandSurname('Picard', [], ['Then Jean-Luc Picard spoke.'], new Set())).toBe('Jean-Luc Picard');
  });

  it('in a Chinese transcript the speaker "James" is James Martin, with no Chinese in the name', () => {
    const text = [
      '主持人：欢迎张涛和James。',
      '',
      '张涛：James Martin曾经跟我说过，最难的不是技术，而是找到真正的需求。',
      '',
      'James：智谱AI投资了云帆实验室。',
      '',
      '张涛：你怎么看开源？',
      '',
      'James：我对开源非常乐观。',
    ].join('\n');
    const extraction = extractDocument({ id: 'talk.zh', path: 'talk.zh.md', text }, context);
    const names = extraction.speakers.map((speaker) => speaker.label);
    expect(names.filter((name) => name.startsWith('James'))).toEqual(['James Martin']);
  });
});
