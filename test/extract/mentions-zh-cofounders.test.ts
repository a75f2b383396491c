// A name before 一起创办 / 共同创立 is a person who founded something with the speaker, even a two-character name the
// tagger's dictionary also lists as a word or a county (武平): "和武平一起创办了展讯通信" names 武平 as a co-founder.
import { describe, expect, it } from 'vitest';
import { relationsOf, extractText } from './extract-text.ts';

const text = ['主持人：讲讲创业？', '', '陈大同：回国后我和武平一起创办了展讯通信，后来又和高瓴共同创立了一只基金。'].join('\n');

describe('co-founders named before 一起创办', () => {
  it('武平 is a person who founded the company', () => {
    const doc = extractText(text, 'cofounders.zh');
    expect(doc.entities.find((e) => e.label === '武平')?.type).toBe('person');
    expect(relationsOf(text, 'cofounders.zh', 'han')).toEqual(expect.arrayContaining(['武平 -FOUNDED-> 展讯通信', '陈大同 -FOUNDED-> 展讯通信']));
  });

  it('a company the lexicon knows stays a company', () => {
    expect(extractText(text, 'cofounders.zh').entities.find((e) => e.aliases.includes('高瓴'))?.type).toBe('organization');
  });
});
