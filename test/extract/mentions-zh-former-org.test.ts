// Tests for extract/stages/mentions/zh.ts on "former" before an organisation: "原红杉资本合伙人", "前高瓴资本投资副总裁"
// (the tagger glues 前 to 高瓴) name who the person was; 原/前 is no part of the name, the known company stands.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('前/原 before an organisation', () => {
  it.each([
    ['嘉宾：许嘉禾，青木创投合伙人，原红杉资本合伙人\n\n主持人：欢迎许总。\n\n许嘉禾：谢谢。', 'Sequoia Capital', '原红杉资本'],
    ['嘉宾：许嘉禾，青木创投合伙人，前高瓴资本投资副总裁\n\n主持人：欢迎许总。\n\n许嘉禾：谢谢。', 'Hillhouse Capital', '前高瓴资本'],
  ])('%s', (text, known, wrong) => {
    const orgs = extractText(text, 'former-org.zh').entities.filter((e) => e.type === 'organization').map((e) => e.label);
    expect(orgs, orgs.join(', ')).toContain(known);
    expect(orgs).not.toContain(wrong);
  });
});
