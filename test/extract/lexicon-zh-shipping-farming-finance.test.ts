// Tests for the bundled lexicon on Chinese talk about shipping, seeds and farming, public health, clothing retail,
// insurance, music and commercial space: the companies, agencies, people and places such a transcript names by their
// Chinese names, resolved to one English label (马士基 → A.P. Moller-Maersk) instead of a transliteration read as a person.
import { describe, expect, it } from 'vitest';
import { expectNamed, extractText, relationsOf } from './extract-text.ts';

const TEXT = [
  '主持人：航运这一年怎么样？',
  '',
  '嘉宾：马士基、赫伯罗特、达飞轮船和长荣海运都在抢舱位，东方海外归中远海运，招商局集团在比雷埃夫斯港也有码头，很多船绕行好望角。',
  '上海航运交易所的指数回落了。',
  '',
  '主持人：种业呢？',
  '',
  '嘉宾：拜耳、科迪华、巴斯夫、陶氏都是大公司，中国化工买了先正达，现在归中国中化，安道麦也在里面。隆平高科和中国农业科学院合作，',
  '农业农村部和国家林草局出了文件，甘肃张掖、海南都有制种基地。袁隆平是杂交水稻之父。',
  '',
  '主持人：公共卫生和消费呢？',
  '',
  '嘉宾：中国疾控中心和盖茨基金会合作，国药集团做疫苗，谭德塞也来过。波司登、加拿大鹅、始祖鸟在卖羽绒服，优衣库和申洲国际是老搭档，天猫上卖得最好。',
  '平安银行、友邦保险、陆金所都在讲财富管理，麦肯锡写了报告。',
  '',
  '主持人：音乐和航天呢？',
  '',
  '嘉宾：腾讯音乐和环球音乐、华纳音乐续约，摩登天空办音乐节，QQ音乐和网易云音乐在抢用户，周杰伦的歌最贵。',
  '蓝箭航天的朱雀三号对标猎鹰9号，银河航天和垣信卫星在做星座，芯源微和大基金也被提到。国家航天局发了新规。',
].join('\n');

const doc = extractText(TEXT, 'sectors.zh');

describe('Chinese names of shipping, farming, health, retail, finance, music and space companies', () => {
  it.each([
    ['马士基', 'A.P. Moller-Maersk', 'organization'],
    ['赫伯罗特', 'Hapag-Lloyd', 'organization'],
    ['达飞轮船', 'CMA CGM', 'organization'],
    ['长荣海运', 'Evergreen Marine', 'organization'],
    ['东方海外', 'OOCL', 'organization'],
    ['中远海运', 'COSCO Shipping', 'organization'],
    ['招商局集团', 'China Merchants Group', 'organization'],
    ['比雷埃夫斯港', 'Port of Piraeus', 'place'],
    ['好望角', 'Cape of Good Hope', 'place'],
    ['上海航运交易所', 'Shanghai Shipping Exchange', 'organization'],
    ['拜耳', 'Bayer', 'organization'],
    ['科迪华', 'Corteva', 'organization'],
    ['巴斯夫', 'BASF', 'organization'],
    ['陶氏', 'Dow Inc.', 'organization'],
    ['中国化工', 'ChemChina', 'organization'],
    ['先正达', 'Syngenta Group', 'organization'],
    ['中国中化', 'Sinochem', 'organization'],
    ['安道麦', 'ADAMA', 'organization'],
    ['隆平高科', 'Yuan Longping High-Tech', 'organization'],
    ['中国农业科学院', 'Chinese Academy of Agricultural Sciences', 'organization'],
    ['农业农村部', 'Ministry of Agriculture and Rural Affairs', 'government'],
    ['国家林草局', 'National Forestry and Grassland Administration', 'government'],
    ['张掖', 'Zhangye', 'place'],
    ['袁隆平', 'Yuan Longping', 'person'],
    ['中国疾控中心', 'Chinese Center for Disease Control and Prevention', 'organization'],
    ['盖茨基金会', 'Gates Foundation', 'organization'],
    ['国药集团', 'Sinopharm', 'organization'],
    ['谭德塞', 'Tedros Adhanom Ghebreyesus', 'person'],
    ['波司登', 'Bosideng', 'organization'],
    ['加拿大鹅', 'Canada Goose', 'organization'],
    ['始祖鸟', "Arc'teryx", 'organization'],
    ['优衣库', 'Uniqlo', 'organization'],
    ['申洲国际', 'Shenzhou International', 'organization'],
    ['天猫', 'Tmall', 'organization'],
    ['平安银行', 'Ping An Bank', 'organization'],
    ['友邦保险', 'AIA Group', 'organization'],
    ['陆金所', 'Lufax', 'organization'],
    ['麦肯锡', 'McKinsey & Company', 'organization'],
    ['腾讯音乐', 'Tencent Music Entertainment', 'organization'],
    ['环球音乐', 'Universal Music Group', 'organization'],
    ['华纳音乐', 'Warner Music Group', 'organization'],
    ['摩登天空', 'Modern Sky', 'organization'],
    ['QQ音乐', 'QQ Music', 'product'],
    ['网易云音乐', 'NetEase Cloud Music', 'product'],
    ['周杰伦', 'Jay Chou', 'person'],
    ['蓝箭航天', 'LandSpace', 'organization'],
    ['朱雀三号', 'Zhuque-3', 'product'],
    ['猎鹰9号', 'Falcon 9', 'product'],
    ['银河航天', 'GalaxySpace', 'organization'],
    ['垣信卫星', 'Spacesail', 'organization'],
    ['芯源微', 'Kingsemi', 'organization'],
    ['大基金', 'China Integrated Circuit Industry Investment Fund', 'organization'],
    ['国家航天局', 'China National Space Administration', 'government'],
  ])('%s is %s (%s)', (surface, label, type) => {
    expectNamed(doc, surface, label, type);
  });

  it('no transliterated company is left as a person', () => {
    const people = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(people.sort()).toEqual(['Jay Chou', 'Tedros Adhanom Ghebreyesus', 'Yuan Longping']);
  });

  it('a takeover between two of them is an acquisition', () => {
    expect(relationsOf('主持人：种业呢？\n\n嘉宾：拜耳收购了孟山都，之后中国化工收购了先正达。', 'seeds.zh')).toEqual(
      expect.arrayContaining(['Bayer -ACQUIRED-> Monsanto', 'ChemChina -ACQUIRED-> Syngenta Group']),
    );
  });
});

describe('words of another sense stay words', () => {
  it('大麦 (barley) and 猫眼 (a cat eye) are no ticketing companies', () => {
    const labels = extractText('主持人：今年种什么？\n\n嘉宾：我们种了大麦和小麦，那只猫眼睛很亮，猫眼石也卖得好。', 'barley.zh').entities.map((e) => e.label);
    expect(labels).not.toContain('Damai');
    expect(labels).not.toContain('Maoyan');
  });
});
