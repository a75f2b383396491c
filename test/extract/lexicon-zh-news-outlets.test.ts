// Tests for the bundled lexicon on China's news outlets as press conferences and articles name them (新浪科技, 界面新闻,
// 动脉网, 财联社, 南方周末…): each is a known organisation, and an outlet asking under its own name is no person.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：最近哪些媒体报道过你们？',
  '',
  '嘉宾：报道不少。新浪财经、腾讯科技、界面新闻、每日经济新闻都来过，证券时报和财联社写过我们的财报。',
  '医疗这块，动脉网和亿欧做过专题，雷锋网和智东西写过我们的芯片，汽车之家和懂车帝评过我们的车。',
  '南方周末、光明日报、中国日报、环球时报也有报道，中新社发过通稿，湖南卫视和东方卫视都拍过。',
].join('\n');

const doc = extractText(TEXT, 'outlets.zh');

describe("China's news outlets", () => {
  it.each([
    ['新浪财经', 'Sina Finance'],
    ['腾讯科技', 'Tencent Tech'],
    ['界面新闻', 'Jiemian News'],
    ['每日经济新闻', 'National Business Daily'],
    ['证券时报', 'Securities Times'],
    ['财联社', 'Cailian Press'],
    ['动脉网', 'VCBeat'],
    ['亿欧', 'EqualOcean'],
    ['雷锋网', 'Leiphone'],
    ['智东西', 'Zhidx'],
    ['汽车之家', 'Autohome'],
    ['懂车帝', 'Dongchedi'],
    ['南方周末', 'Southern Weekly'],
    ['光明日报', 'Guangming Daily'],
    ['中国日报', 'China Daily'],
    ['环球时报', 'Global Times'],
    ['中新社', 'China News Service'],
    ['湖南卫视', 'Hunan TV'],
    ['东方卫视', 'Dragon TV'],
  ])('%s → %s', (written, label) => {
    expectLabelled(doc, written, label, 'organization');
  });

  it('an outlet asking at a press conference (新浪科技：) is an organisation, not a person', () => {
    const text = [
      '新浪科技：你们明年会出海吗？',
      '',
      '王立新：会，先去东南亚。',
      '',
      '新浪科技：价格会降吗？',
      '',
      '王立新：不会。',
    ].join('\n');
    const entity = extractText(text, 'presser.zh').entities.find((e) => e.label === '新浪科技' || e.aliases.includes('新浪科技'));
    expect(entity?.type).toBe('organization');
  });

  it('钱立群，动脉网创始人: the outlet named X网 is found and its founder with it', () => {
    const lines = extractText('主持人：请介绍一下自己。\n\n钱立群：我是钱立群，动脉网创始人兼CEO。', 'vcbeat.zh').entities.map((e) => e.label);
    expect(lines).toContain('VCBeat');
  });
});
