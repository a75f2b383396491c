// Tests for the bundled lexicon on Chinese sports-business and science-funding talk: leagues, clubs, brands, owners,
// coaches and funders a Chinese transcript names by their Chinese names (阿迪达斯 is no person, 维亚雷焦 one place).
import { describe, expect, it } from 'vitest';
import { expectNamed, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：中超的转播权卖给了咪咕，怎么看？',
  '',
  '嘉宾：中国足协控股的中超公司在谈。上海海港和山东泰山的上座率都不错，主场在上海浦东足球场。广州队当年请了里皮，拿了两次亚冠冠军。',
  '恒大集团投入很大，许家印是主要推动者。里皮现在住在维亚雷焦。耐克和阿迪达斯在中国市场很强，安踏收购了斐乐的中国业务，富力集团也投过足球。',
  '',
  '主持人：科研呢？',
  '',
  '嘉宾：南方科技大学和华为建了联合实验室，国家自然科学基金委员会也资助了很多项目，中金资本领投了B轮。懂球帝报道过这件事。',
].join('\n');

const doc = extractText(TEXT, 'sports-science.zh');

describe('Chinese names of leagues, clubs, brands, people, places and funders', () => {
  it.each([
    ['中超', 'Chinese Super League', 'organization'],
    ['咪咕', 'Migu', 'organization'],
    ['中国足协', 'Chinese Football Association', 'organization'],
    ['上海海港', 'Shanghai Port FC', 'organization'],
    ['山东泰山', 'Shandong Taishan', 'organization'],
    ['上海浦东足球场', 'Pudong Football Stadium', 'place'],
    ['广州队', 'Guangzhou FC', 'organization'],
    ['里皮', 'Marcello Lippi', 'person'],
    ['亚冠', 'AFC Champions League', 'event'],
    ['恒大集团', 'Evergrande Group', 'organization'],
    ['许家印', 'Hui Ka Yan', 'person'],
    ['维亚雷焦', 'Viareggio', 'place'],
    ['耐克', 'Nike', 'organization'],
    ['阿迪达斯', 'Adidas', 'organization'],
    ['斐乐', 'FILA', 'organization'],
    ['富力集团', 'R&F Properties', 'organization'],
    ['南方科技大学', 'Southern University of Science and Technology', 'organization'],
    ['国家自然科学基金委员会', 'National Natural Science Foundation of China', 'government'],
    ['懂球帝', 'Dongqiudi', 'organization'],
    ['中金资本', 'CICC Capital', 'organization'],
  ])('%s → %s (%s)', (alias, label, type) => {
    expectNamed(doc, alias, label, type);
  });
});
