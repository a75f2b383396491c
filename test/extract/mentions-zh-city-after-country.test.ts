// Tests for extract/stages/mentions/zh.ts on a city named after its country behind a locative: "在西班牙萨拉戈萨" — the
// transliterated name is a place, not a person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (answer: string) => extractText(`主持人：工厂在哪？\n\n嘉宾：${answer}`, 'city.zh').entities;

describe('a transliterated name after 在 + country', () => {
  it.each([
    ['我们和Stellantis在西班牙萨拉戈萨成立了合资公司。', '萨拉戈萨'],
    ['新工厂建在匈牙利塞格德，明年投产。', '塞格德'],
  ])('%s → %s is a place', (answer, name) => {
    const found = entities(answer).find((e) => e.label === name || e.aliases.includes(name));
    expect(found?.type, entities(answer).map((e) => `${e.type} ${e.label}`).join('\n')).toBe('place');
  });

  it('a common word after a country stays one: 我在比利时长大', () => {
    expect(entities('我在比利时长大，后来回到北京。').map((e) => e.label)).not.toContain('长大');
  });

  it('a person after a country with no locative stays a person: 美国总统特朗普', () => {
    const found = entities('美国总统特朗普来过。').find((e) => e.aliases.includes('特朗普') || e.label.includes('Trump'));
    expect(found?.type).toBe('person');
  });
});

describe('a transliterated city right after its country, with no locative', () => {
  it.each([
    ['班列通往波兰华沙和德国杜伊斯堡。', '杜伊斯堡'],
    ['班列通往波兰华沙和德国杜伊斯堡。', '华沙'],
    ['我们在法国里昂、意大利都灵都有工厂。', '里昂'],
  ])('%s → %s is a place', (answer, name) => {
    const found = entities(answer).find((e) => e.label === name || e.aliases.includes(name) || e.label === 'Warsaw');
    expect(found?.type, entities(answer).map((e) => `${e.type} ${e.label}`).join('\n')).toBe('place');
  });

  it('two countries\' words are not read as one foreign name (波兰华沙)', () => {
    expect(entities('班列通往波兰华沙。').map((e) => e.label)).not.toContain('波兰华沙');
  });

  it('a person right after a country, then a verb, stays a person: 德国默克尔说过', () => {
    expect(entities('德国默克尔说过这件事。').find((e) => e.aliases.includes('默克尔') || e.label.includes('默克尔') || e.label.includes('Merkel'))?.type).toBe('person');
  });
});
