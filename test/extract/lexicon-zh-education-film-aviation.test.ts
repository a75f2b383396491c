// Tests for the bundled lexicon on Chinese talk about education, film, tea and consumer brands, law firms, medical
// imaging, hydrogen, cross-border retail and civil aviation: companies such a transcript names by their Chinese names
// resolve to one English label (博纳影业 → Bona Film Group) instead of nothing, a person (王老吉, 苏泊尔) or a place
// (沃尔玛, 纳斯达克), and the aircraft (C919, ARJ21) are products.
import { describe, expect, it } from 'vitest';
import { expectNamed, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：教育和电影行业这几年怎么样？',
  '',
  '嘉宾：新东方和好未来都转型了，学而思网校还在，中公教育压力很大，作业帮、猿辅导也在做学习机，东方甄选卖农产品。',
  '北京师范大学、武汉大学和加州大学戴维斯分校都有人来交流。电影方面，博纳影业、华谊兄弟、八一电影制片厂和中国电影集团都有新片，',
  '爱奇艺、优酷在做网络电影，万达电影和横店影视的影院在恢复。',
  '',
  '主持人：消费品牌呢？',
  '',
  '嘉宾：奈雪的茶和星巴克在抢白领，同仁堂、全聚德、王老吉和加多宝都是老品牌，广药集团管着王老吉。苏泊尔被SEB集团控股，',
  '双立人卖得贵。沃尔玛、百思买、立讯精密、富士康、携程也都被提到。',
  '',
  '主持人：律所、医疗和能源呢？',
  '',
  '嘉宾：年利达、高伟绅、中伦律师事务所、方达律师事务所和君合律师事务所都做并购，AMD买了赛灵思。GE医疗、飞利浦、东软医疗、',
  '万东医疗和微创医疗都在卖设备。宇通客车、福田汽车用亿华通的系统，国家电投在做电解槽。',
  '',
  '主持人：航空呢？',
  '',
  '嘉宾：中国商飞的C919和ARJ21交给了东方航空、国航和南方航空，发动机来自CFM国际，它是通用电气和赛峰集团的合资公司，',
  '中国航发商发在做长江-1000A。欧洲航空安全局还没发证。公司在纳斯达克、深交所和上交所都有上市的。',
].join('\n');

const doc = extractText(TEXT, 'sectors16.zh');

describe('Chinese names of education, film, brand, law, medical, energy and aviation companies', () => {
  it.each([
    ['新东方', 'New Oriental', 'organization'],
    ['好未来', 'TAL Education', 'organization'],
    ['学而思网校', 'Xueersi', 'organization'],
    ['中公教育', 'Offcn Education', 'organization'],
    ['作业帮', 'Zuoyebang', 'organization'],
    ['猿辅导', 'Yuanfudao', 'organization'],
    ['东方甄选', 'East Buy', 'organization'],
    ['北京师范大学', 'Beijing Normal University', 'organization'],
    ['武汉大学', 'Wuhan University', 'organization'],
    ['加州大学戴维斯分校', 'UC Davis', 'organization'],
    ['博纳影业', 'Bona Film Group', 'organization'],
    ['华谊兄弟', 'Huayi Brothers', 'organization'],
    ['八一电影制片厂', 'August First Film Studio', 'organization'],
    ['中国电影集团', 'China Film Group', 'organization'],
    ['爱奇艺', 'iQIYI', 'organization'],
    ['优酷', 'Youku', 'organization'],
    ['万达电影', 'Wanda Film', 'organization'],
    ['横店影视', 'Hengdian Entertainment', 'organization'],
    ['奈雪的茶', 'Nayuki', 'organization'],
    ['星巴克', 'Starbucks', 'organization'],
    ['同仁堂', 'Tong Ren Tang', 'organization'],
    ['全聚德', 'Quanjude', 'organization'],
    ['王老吉', 'Wong Lo Kat', 'organization'],
    ['加多宝', 'JDB Group', 'organization'],
    ['广药集团', 'Guangzhou Pharmaceutical Holdings', 'organization'],
    ['苏泊尔', 'Supor', 'organization'],
    ['SEB集团', 'Groupe SEB', 'organization'],
    ['双立人', 'Zwilling', 'organization'],
    ['沃尔玛', 'Walmart', 'organization'],
    ['百思买', 'Best Buy', 'organization'],
    ['立讯精密', 'Luxshare Precision', 'organization'],
    ['富士康', 'Foxconn', 'organization'],
    ['携程', 'Trip.com', 'organization'],
    ['年利达', 'Linklaters', 'organization'],
    ['高伟绅', 'Clifford Chance', 'organization'],
    ['中伦律师事务所', 'Zhong Lun Law Firm', 'organization'],
    ['方达律师事务所', 'Fangda Partners', 'organization'],
    ['君合律师事务所', 'JunHe', 'organization'],
    ['赛灵思', 'Xilinx', 'organization'],
    ['GE医疗', 'GE HealthCare', 'organization'],
    ['飞利浦', 'Philips', 'organization'],
    ['东软医疗', 'Neusoft Medical', 'organization'],
    ['万东医疗', 'Wandong Medical', 'organization'],
    ['微创医疗', 'MicroPort', 'organization'],
    ['宇通客车', 'Yutong', 'organization'],
    ['福田汽车', 'Foton Motor', 'organization'],
    ['亿华通', 'SinoHytec', 'organization'],
    ['国家电投', 'State Power Investment Corporation', 'organization'],
    ['中国商飞', 'COMAC', 'organization'],
    ['C919', 'COMAC C919', 'product'],
    ['ARJ21', 'COMAC ARJ21', 'product'],
    ['东方航空', 'China Eastern Airlines', 'organization'],
    ['国航', 'Air China', 'organization'],
    ['南方航空', 'China Southern Airlines', 'organization'],
    ['CFM国际', 'CFM International', 'organization'],
    ['通用电气', 'General Electric', 'organization'],
    ['赛峰集团', 'Safran', 'organization'],
    ['中国航发商发', 'AECC Commercial Aircraft Engine', 'organization'],
    ['长江-1000A', 'CJ-1000A', 'product'],
    ['欧洲航空安全局', 'European Union Aviation Safety Agency', 'government'],
    ['纳斯达克', 'Nasdaq', 'organization'],
    ['深交所', 'Shenzhen Stock Exchange', 'organization'],
    ['上交所', 'Shanghai Stock Exchange', 'organization'],
  ])('%s is %s (%s)', (surface, label, type) => {
    expectNamed(doc, surface, label, type);
  });

  it('no brand is left as a person or a place', () => {
    const stray = doc.entities.filter((e) => (e.type === 'person' && !e.speaker) || e.type === 'place').map((e) => e.label);
    expect(stray).toEqual([]);
  });
});

describe('a short name inside another name stays out', () => {
  it('简·方达 is no law firm and 博纳罗蒂 no film studio', () => {
    const labels = extractText('主持人：你喜欢谁？\n\n嘉宾：我喜欢简·方达，也喜欢米开朗基罗·博纳罗蒂。', 'fonda.zh').entities.map((e) => e.label);
    expect(labels).not.toContain('Fangda Partners');
    expect(labels).not.toContain('Bona Film Group');
  });
});
