// Tests for speakers the lexicon knows: a speaker labelled by a full name the lexicon lists for a person is that
// person's node, in whatever language the label is written ("黄仁勋：" is Jensen Huang), so documents in two languages
// meet on one node. First names and two-character surnames alone stay as written.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string, id = 'talk') => extractText(text, id);
const speakerOf = (text: string, label: string) => extract(text).speakers.find((s) => s.aliases.includes(label) || s.label === label);

describe('speakers the lexicon knows', () => {
  it('gives a speaker labelled in Chinese the person\'s canonical node, keeping the label as an alias', () => {
    const zh = extract('主持人：欢迎黄仁勋。\n\n黄仁勋：谢谢。英伟达很好。\n\n主持人：好。\n\n黄仁勋：再见。\n', 'zh');
    const en = extract('Host: Welcome, Jensen Huang.\n\nGuest: Thanks.\n\nHost: Good.\n', 'en');
    const speaker = zh.speakers.find((s) => s.aliases.includes('黄仁勋'));
    expect(speaker?.label).toBe('Jensen Huang');
    expect(en.entities.map((e) => e.key)).toContain(speaker?.key);
    expect(zh.entities.filter((e) => e.type === 'person').map((e) => e.label)).not.toContain('黄仁勋');
  });

  it('knows a person by the full name a hearing record spells out', () => {
    const text = '    Chair DELGADO. Our witness is Samuel Altman of OpenAI.\n    Mr. ALTMAN. Thank you.\n    Chair DELGADO. Go on.\n    Mr. ALTMAN. We build models.\n';
    expect(speakerOf(text, 'Mr. ALTMAN')?.label).toBe('Sam Altman');
  });

  it.each([
    ['王石', 'Wang Shi'],
    ['雷军', 'Lei Jun'],
  ])('knows a two-character Chinese full name %s as a speaker label', (label, canonical) => {
    const text = `${label}：我们先聊聊创业。\n\n主持人：好的。\n\n${label}：那是很多年前的事了。\n`;
    expect(speakerOf(text, label)?.label).toBe(canonical);
  });

  it.each([
    ['刘慈欣', 'Liu Cixin'],
    ['雷军', 'Lei Jun'],
  ])('gives %s, named as the guest in the title, the guest role under the canonical name', (label, canonical) => {
    const text = `# 对话${label}：科幻与现实\n\n${label}：我写小说用了很多年。\n\n张伟：你怎么看人工智能？\n\n${label}：它会改变一切。\n`;
    const speaker = speakerOf(text, label);
    expect([speaker?.label, speaker?.role]).toEqual([canonical, 'guest']);
  });

  it.each([
    ['a first name alone', 'Sam: Hi.\n\nLena: Hello.\n\nSam: Bye.\n\nLena: Bye.\n', 'Sam'],
    ['a two-character surname alone', '库克：你好。\n\n王芳：你好。\n\n库克：再见。\n\n王芳：再见。\n', '库克'],
    ['a transliterated surname led by a Chinese surname', '辛顿：你好。\n\n王芳：你好。\n\n辛顿：再见。\n\n王芳：再见。\n', '辛顿'],
    ['a two-character word the lexicon does not know as a person', '主持：你好。\n\n王芳：你好。\n\n主持：再见。\n\n王芳：再见。\n', '主持人 (host)'],
  ])('leaves %s as written', (_, text, label) => {
    expect(speakerOf(text, label)?.label).toBe(label);
  });
});
