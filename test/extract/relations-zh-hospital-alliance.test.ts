// Tests for relations.json zh-we-did-with on hospitals: an alliance or a referral scheme built with other hospitals
// ("也和X、Y建了专科联盟", "我们和X建立了双向转诊机制") → the speaker's hospital partners with each.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const told = (answer: string) =>
  relationsOf(`主持人：你们怎么和其他医院合作？\n\n王立平：我是北京协和医院的王立平。${answer}`, 'alliance.zh', 'han').filter((l) => l.includes('PARTNERS_WITH'));

describe("a hospital's alliances", () => {
  it.each([
    ['我们托管了几家社区医院，也和成都市第三人民医院、甘孜州人民医院建了专科联盟。', ['北京协和医院 -PARTNERS_WITH-> 成都市第三人民医院', '北京协和医院 -PARTNERS_WITH-> 甘孜州人民医院']],
    ['我们和凉山州第一人民医院建立了双向转诊机制。', ['北京协和医院 -PARTNERS_WITH-> 凉山州第一人民医院']],
  ])('%s', (answer, lines) => {
    expect(told(answer).sort()).toEqual(lines);
  });
});
