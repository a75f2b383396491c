// Tests for the bundled lexicon on short dramas, web fiction and animation as Chinese interviews name them: the
// platforms, studios, the broadcasting regulator and the films, each with its English label.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：短剧和动画今年都很热。',
  '',
  '嘉宾：阅文集团的起点中文网、番茄小说都在改短剧，红果短剧免费，中文在线旗下的枫叶互动在海外，腾讯视频和芒果TV也在做。',
  '国家广播电视总局要求备案，广电总局管得严。唐家三少的书、吴文辉的平台都被改编过。光线传媒的王长田投了可可豆动画，',
  '《哪吒之魔童闹海》之前是《哪吒之魔童降世》，追光动画、彩条屋影业、上海美术电影制片厂做了《中国奇谭》《白蛇：缘起》《大闹天宫》，',
  '《头脑特工队2》《西游记》《封神演义》《庆余年》也都有人看。新民晚报写过。',
].join('\n');

const doc = extractText(TEXT, 'drama.zh');

describe('short dramas, web fiction and animation', () => {
  it.each([
    ['阅文集团', 'China Literature', 'organization'],
    ['起点中文网', 'Qidian', 'organization'],
    ['番茄小说', 'Fanqie Novel', 'organization'],
    ['红果短剧', 'Hongguo Short Drama', 'organization'],
    ['中文在线', 'COL Group', 'organization'],
    ['枫叶互动', 'Crazy Maple Studio', 'organization'],
    ['腾讯视频', 'Tencent Video', 'organization'],
    ['芒果TV', 'Mango TV', 'organization'],
    ['光线传媒', 'Enlight Media', 'organization'],
    ['可可豆动画', 'Chengdu Coco Cartoon', 'organization'],
    ['追光动画', 'Light Chaser Animation', 'organization'],
    ['彩条屋影业', 'Coloroom Pictures', 'organization'],
    ['上海美术电影制片厂', 'Shanghai Animation Film Studio', 'organization'],
    ['新民晚报', 'Xinmin Evening News', 'organization'],
    ['国家广播电视总局', 'National Radio and Television Administration', 'government'],
    ['广电总局', 'National Radio and Television Administration', 'government'],
    ['唐家三少', 'Tang Jia San Shao', 'person'],
    ['吴文辉', 'Wu Wenhui', 'person'],
    ['王长田', 'Wang Changtian', 'person'],
    ['哪吒之魔童闹海', 'Ne Zha 2', 'work'],
    ['哪吒之魔童降世', 'Ne Zha', 'work'],
    ['中国奇谭', 'Yao-Chinese Folktales', 'work'],
    ['白蛇：缘起', 'White Snake', 'work'],
    ['大闹天宫', 'Havoc in Heaven', 'work'],
    ['头脑特工队2', 'Inside Out 2', 'work'],
    ['西游记', 'Journey to the West', 'work'],
    ['封神演义', 'Investiture of the Gods', 'work'],
    ['庆余年', 'Joy of Life', 'work'],
  ])('%s → %s (%s)', (surface, label, type) => {
    expectLabelled(doc, surface, label, type);
  });
});
