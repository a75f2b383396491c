// China's tech and finance districts, which transcripts name as datelines and where teams sit: 张江 is the Shanghai
// district (Zhangjiang), not a person named 张 江; likewise 漕河泾, 望京, 亦庄, 前海, 临港, 光谷. Airline alliances,
// Amgen, Temasek, CapitaLand and China's railway group are known by their Chinese names.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const doc = extractText(
  [
    '对话芯片设计：下半场怎么打',
    '',
    '时间：2026年3月  地点：上海张江',
    '',
    '主持人：我们今天在张江，聊聊芯片。',
    '',
    '嘉宾：我们在漕河泾、望京、北京亦庄、深圳前海、临港和武汉光谷都有团队，雄安也在看。国航在星空联盟，东航在天合联盟，安进也来过。我们和淡马锡旗下的凯德集团签了协议，中国国家铁路集团也在谈。',
  ].join('\n'),
  'districts.zh',
);

describe('districts and alliances', () => {
  it.each([
    ['张江', 'Zhangjiang', 'place'],
    ['漕河泾', 'Caohejing', 'place'],
    ['望京', 'Wangjing', 'place'],
    ['北京亦庄', 'Yizhuang', 'place'],
    ['前海', 'Qianhai', 'place'],
    ['临港', 'Lingang', 'place'],
    ['武汉光谷', 'Optics Valley', 'place'],
    ['雄安', "Xiong'an", 'place'],
    ['星空联盟', 'Star Alliance', 'organization'],
    ['天合联盟', 'SkyTeam', 'organization'],
    ['安进', 'Amgen', 'organization'],
    ['淡马锡', 'Temasek', 'organization'],
    ['凯德集团', 'CapitaLand', 'organization'],
    ['中国国家铁路集团', 'China State Railway Group', 'organization'],
  ])('%s is %s (%s)', (surface, label, type) => {
    const entity = doc.entities.find((e) => e.aliases.includes(surface) || e.label === surface);
    expect([entity?.label, entity?.type]).toEqual([label, type]);
  });

  it('张江 is no person', () => {
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label)).toEqual([]);
  });
});
