// Tests for the bundled lexicon on Chinese games, energy and hardware talk: studios, publishers, miners, battery
// recyclers, drone makers and their founders a Chinese transcript names by their Chinese names, resolved to one label.
import { describe, expect, it } from 'vitest';
import { expectNamed, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：先聊游戏？',
  '',
  '嘉宾：我在任天堂工作了十年，后来叠纸的创始人姚润昊请我去上海。万代南梦宫和三丽鸥都找我们做过联动，鹰角网络也是朋友。',
  '冯骥做《黑神话：悟空》的时候我们也聊过。',
  '',
  '主持人：能源呢？',
  '',
  '嘉宾：洛阳钼业、阳光电源和邦普循环都在出海，马斯达尔在中东签了储能大单，国家电网也在招标。匈牙利德布勒森有新工厂。',
  '',
  '主持人：硬件呢？',
  '',
  '嘉宾：大疆的汪滔培养了很多人。亿航智能和峰飞航空在做低空，中国民用航空局发了合格证；创想三维做3D打印，IDG资本投了不少，',
  '极氪在做电动车。中国信息通信研究院出了标准，北京儿童医院在试AI问诊。',
].join('\n');

const doc = extractText(TEXT, 'games-energy.zh');

describe('Chinese names of well-known studios, firms, agencies, people and places', () => {
  it.each([
    ['任天堂', 'Nintendo', 'organization'],
    ['叠纸', 'Papergames', 'organization'],
    ['万代南梦宫', 'Bandai Namco', 'organization'],
    ['三丽鸥', 'Sanrio', 'organization'],
    ['鹰角网络', 'Hypergryph', 'organization'],
    ['冯骥', 'Feng Ji', 'person'],
    ['洛阳钼业', 'CMOC', 'organization'],
    ['阳光电源', 'Sungrow', 'organization'],
    ['邦普循环', 'Brunp', 'organization'],
    ['马斯达尔', 'Masdar', 'organization'],
    ['国家电网', 'State Grid', 'organization'],
    ['德布勒森', 'Debrecen', 'place'],
    ['汪滔', 'Frank Wang', 'person'],
    ['亿航智能', 'EHang', 'organization'],
    ['峰飞航空', 'AutoFlight', 'organization'],
    ['中国民用航空局', 'Civil Aviation Administration of China', 'government'],
    ['创想三维', 'Creality', 'organization'],
    ['IDG资本', 'IDG Capital', 'organization'],
    ['极氪', 'Zeekr', 'organization'],
    ['中国信息通信研究院', 'China Academy of Information and Communications Technology', 'organization'],
    ['北京儿童医院', "Beijing Children's Hospital", 'organization'],
  ])('%s → %s (%s)', (alias, label, type) => {
    expectNamed(doc, alias, label, type);
  });

  it('叠纸 alone, as a common word, stays one: 小时候叠纸飞机', () => {
    const plain = extractText('主持人：小时候玩什么？\n\n嘉宾：小时候我喜欢叠纸飞机。', 'paper.zh');
    expect(plain.entities.map((e) => e.label)).not.toContain('Papergames');
  });
});
