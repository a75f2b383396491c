// Tests for the bundled lexicon on Chinese basketball, archaeology, web literature, county health care and city
// tourism as Chinese transcripts name them: clubs, players, sites, institutes, universities, hospitals, platforms
// and sights, each with its English label and type.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：今年有什么值得记住的？',
  '',
  '嘉宾：CBA总决赛在广州天河体育馆，广东华南虎赢了辽宁本钢，杜锋很满意，易建联、赵继伟、胡明轩、郭艾伦、张镇麟都在。',
  '中国社会科学院考古研究所在二里头遗址和殷墟发掘，偃师、广汉都去了，郑州大学也参与了。中国作家协会请了天蚕土豆，',
  '七猫和起点国际在抢作者，小宇宙上有节目。德清县的医生来自温州医科大学、湖州师范学院，浙江大学医学院附属第一医院和',
  '邵逸夫医院派了专家。云南农业大学在景东县和普洱市做茶园。新京报写了哈尔滨冰雪大世界、中央大街、太阳岛，',
  '还有天水的伏羲庙和麦积山石窟。',
].join('\n');

const doc = extractText(TEXT, 'year.zh');

describe('basketball, archaeology, web literature, county health care and tourism', () => {
  it.each([
    ['CBA', 'Chinese Basketball Association', 'organization'],
    ['广州天河体育馆', 'Tianhe Gymnasium', 'place'],
    ['广东华南虎', 'Guangdong Southern Tigers', 'organization'],
    ['辽宁本钢', 'Liaoning Flying Leopards', 'organization'],
    ['杜锋', 'Du Feng', 'person'],
    ['易建联', 'Yi Jianlian', 'person'],
    ['赵继伟', 'Zhao Jiwei', 'person'],
    ['胡明轩', 'Hu Mingxuan', 'person'],
    ['郭艾伦', 'Guo Ailun', 'person'],
    ['张镇麟', 'Zhang Zhenlin', 'person'],
    ['中国社会科学院考古研究所', 'Institute of Archaeology, Chinese Academy of Social Sciences', 'organization'],
    ['二里头遗址', 'Erlitou', 'place'],
    ['殷墟', 'Yinxu', 'place'],
    ['偃师', 'Yanshi', 'place'],
    ['广汉', 'Guanghan', 'place'],
    ['郑州大学', 'Zhengzhou University', 'organization'],
    ['中国作家协会', 'China Writers Association', 'organization'],
    ['天蚕土豆', 'Tiancan Tudou', 'person'],
    ['七猫', 'Qimao', 'organization'],
    ['起点国际', 'WebNovel', 'organization'],
    ['小宇宙', 'Xiaoyuzhou', 'organization'],
    ['德清县', 'Deqing County', 'place'],
    ['温州医科大学', 'Wenzhou Medical University', 'organization'],
    ['湖州师范学院', 'Huzhou University', 'organization'],
    ['浙江大学医学院附属第一医院', 'First Affiliated Hospital, Zhejiang University School of Medicine', 'organization'],
    ['邵逸夫医院', 'Sir Run Run Shaw Hospital', 'organization'],
    ['云南农业大学', 'Yunnan Agricultural University', 'organization'],
    ['景东县', 'Jingdong County', 'place'],
    ['普洱市', "Pu'er", 'place'],
    ['新京报', 'The Beijing News', 'organization'],
    ['哈尔滨冰雪大世界', 'Harbin Ice and Snow World', 'place'],
    ['中央大街', 'Central Street, Harbin', 'place'],
    ['太阳岛', 'Sun Island', 'place'],
    ['伏羲庙', 'Fuxi Temple', 'place'],
    ['麦积山石窟', 'Maijishan Grottoes', 'place'],
  ])('%s → %s (%s)', (surface, label, type) => {
    expectLabelled(doc, surface, label, type);
  });
});
