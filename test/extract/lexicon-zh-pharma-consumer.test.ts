// Tests for the bundled lexicon on Chinese pharma, consumer, venture, games, energy and chip talk: the firms a Chinese
// transcript names by their Chinese names, resolved to one English label and typed (艾伯维 is no person, 默沙东 no place).
import { describe, expect, it } from 'vitest';
import { expectNamed, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：先聊创新药？',
  '',
  '嘉宾：百济神州的泽布替尼卖得很好，份额超过了强生和艾伯维。我之前在默沙东工作，和礼来、辉瑞、阿斯利康、诺华、罗氏都打过交道。',
  '恒瑞医药、和黄医药和康方生物都做过授权交易，药明康德在园区有研发中心，信达生物也在苏州扩建。',
  '',
  '主持人：消费和投资呢？',
  '',
  '嘉宾：泡泡玛特、蜜雪冰城和霸王茶姬都在出海，黑蚁资本和金沙江创投投过不少消费品牌，元禾璞华只投半导体。',
  '',
  '主持人：游戏和能源呢？',
  '',
  '嘉宾：英雄游戏是游戏科学的股东，游戏葡萄报道过thatgamecompany。中石化和施耐德电气在建充电站，展讯通信后来被紫光集团收购，拓荆科技做设备。',
  '我们在挪威奥斯陆开了店，也在伦敦牛津街和巴黎卢浮宫附近开了店。',
].join('\n');

const doc = extractText(TEXT, 'pharma-consumer.zh');

describe('Chinese names of pharma, consumer, venture, game, energy and chip firms', () => {
  it.each([
    ['百济神州', 'BeiGene', 'organization'],
    ['强生', 'Johnson & Johnson', 'organization'],
    ['艾伯维', 'AbbVie', 'organization'],
    ['默沙东', 'Merck & Co.', 'organization'],
    ['礼来', 'Eli Lilly', 'organization'],
    ['辉瑞', 'Pfizer', 'organization'],
    ['阿斯利康', 'AstraZeneca', 'organization'],
    ['诺华', 'Novartis', 'organization'],
    ['罗氏', 'Roche', 'organization'],
    ['恒瑞医药', 'Hengrui Medicine', 'organization'],
    ['和黄医药', 'HUTCHMED', 'organization'],
    ['康方生物', 'Akeso', 'organization'],
    ['药明康德', 'WuXi AppTec', 'organization'],
    ['信达生物', 'Innovent Biologics', 'organization'],
    ['泡泡玛特', 'Pop Mart', 'organization'],
    ['蜜雪冰城', 'Mixue', 'organization'],
    ['霸王茶姬', 'Chagee', 'organization'],
    ['黑蚁资本', 'Black Ant Capital', 'organization'],
    ['金沙江创投', 'GSR Ventures', 'organization'],
    ['元禾璞华', 'Yuanhe Puhua', 'organization'],
    ['英雄游戏', 'Hero Games', 'organization'],
    ['游戏葡萄', 'Game Grape', 'organization'],
    ['thatgamecompany', 'thatgamecompany', 'organization'],
    ['中石化', 'Sinopec', 'organization'],
    ['施耐德电气', 'Schneider Electric', 'organization'],
    ['展讯通信', 'Spreadtrum', 'organization'],
    ['紫光集团', 'Tsinghua Unigroup', 'organization'],
    ['拓荆科技', 'Piotech', 'organization'],
    ['奥斯陆', 'Oslo', 'place'],
    ['牛津街', 'Oxford Street', 'place'],
    ['卢浮宫', 'Louvre', 'place'],
  ])('%s → %s (%s)', (alias, label, type) => {
    expectNamed(doc, alias, label, type);
  });

  it('牛津街 is a street, not the University of Oxford', () => {
    expect(doc.entities.map((e) => e.label)).not.toContain('University of Oxford');
  });
});

describe('吉利 and 乐道, common words, are the carmakers where the text uses them as one', () => {
  const labels = (text: string): string[] => extractText(`主持人：说说换电？\n\n嘉宾：${text}`, 'cars.zh').entities.map((e) => e.label);

  it.each([
    ['我们和长安汽车、吉利签了换电合作协议。', 'Geely'],
    ['乐道L60卖得不错，对标的是特斯拉。', 'Onvo'],
    ['乐道总裁艾铁成压力不小，乐道的用户很年轻。', 'Onvo'],
  ])('%s → %s', (text, label) => {
    expect(labels(text)).toContain(label);
  });

  it.each([
    ['八这个数字很吉利，大家都喜欢。', 'Geely'],
    ['这件事一直为人所乐道，大家津津乐道。', 'Onvo'],
  ])('%s names no %s', (text, label) => {
    expect(labels(text)).not.toContain(label);
  });
});
