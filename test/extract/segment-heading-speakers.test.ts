// Interviews set with a heading over each turn ("### Felix Grant", then the words): the headings that are names or
// role words are the speakers when each heads two or more turns; chapters named after people stay sections.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const turnsOf = (text: string) => extractText(text, 'headings').turns.map((t) => [t.kind, t.speakerLabel, t.section, t.text]);

describe('segment: a heading over each turn', () => {
  it('"### Name" headings of two speakers are their turns, each holding the paragraphs below it', () => {
    const text = [
      '# In Conversation: Ada Moreno and Felix Grant',
      '',
      '### Felix Grant',
      '',
      'Ada, you ran product at Spotify before founding Lumen. Why audio again?',
      '',
      '### Ada Moreno',
      '',
      'Because audio is still underbuilt.',
      '',
      'Lumen is about short audio for learning.',
      '',
      '### Felix Grant:',
      '',
      'And you just partnered with Duolingo?',
      '',
      '### **Ada Moreno**',
      '',
      'Yes, in September.',
    ].join('\n');
    expect(turnsOf(text)).toEqual([
      ['turn', 'Felix Grant', null, 'Ada, you ran product at Spotify before founding Lumen. Why audio again?'],
      ['turn', 'Ada Moreno', null, 'Because audio is still underbuilt.\nLumen is about short audio for learning.'],
      ['turn', 'Felix Grant', null, 'And you just partnered with Duolingo?'],
      ['turn', 'Ada Moreno', null, 'Yes, in September.'],
    ]);
  });

  it('role headings and Chinese names count too ("## 主持人", "## 张伟")', () => {
    const text = ['## 主持人', '', '您为什么离开阿里巴巴？', '', '## 张伟', '', '想做自己的公司。', '', '## 主持人', '', '现在融资了吗？', '', '## 张伟', '', '红杉中国投了我们。'].join('\n');
    expect(turnsOf(text).map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['turn', '主持人'],
      ['turn', '张伟'],
      ['turn', '主持人'],
      ['turn', '张伟'],
    ]);
  });

  it('chapters named after people, one heading each, stay sections of narration', () => {
    const text = [
      '# Three founders',
      '',
      '## Ada Moreno',
      '',
      'Ada Moreno ran product at Spotify for six years.',
      '',
      '## Felix Grant',
      '',
      'Felix Grant started two companies in Lisbon.',
      '',
      '## Mei Tanaka',
      '',
      'Mei Tanaka leads research at Sony.',
    ].join('\n');
    const turns = turnsOf(text);
    expect(turns.every(([kind]) => kind === 'narration')).toBe(true);
    expect(turns.map(([, , section]) => section)).toEqual(['Ada Moreno', 'Felix Grant', 'Mei Tanaka']);
  });
});
