// Tests for the bundled lexicon on China's provinces, their capitals and the prefecture-level cities transcripts name,
// plus Asian and European cities of trade talk, each resolved to one English label.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：你们的工厂都在哪里？',
  '',
  '嘉宾：湖南长沙、江西南昌、福建泉州、山东济南都有，湖北、河南、安徽、云南、陕西、辽宁的沈阳也在布局。',
  '西藏和青海是帮扶点，广西的南宁、宁夏的银川有仓库。浙江省安吉县有一个竹产业园，义乌、东莞、佛山、无锡是供应链重镇。',
  '海外在马来西亚吉隆坡、泰国曼谷和日本名古屋设了办事处。',
].join('\n');

const doc = extractText(TEXT, 'provinces.zh');

describe('Chinese provinces and cities', () => {
  it.each([
    ['湖南', 'Hunan'],
    ['长沙', 'Changsha'],
    ['江西', 'Jiangxi'],
    ['南昌', 'Nanchang'],
    ['福建', 'Fujian'],
    ['泉州', 'Quanzhou'],
    ['山东', 'Shandong'],
    ['济南', 'Jinan'],
    ['湖北', 'Hubei'],
    ['河南', 'Henan'],
    ['安徽', 'Anhui'],
    ['云南', 'Yunnan'],
    ['陕西', 'Shaanxi'],
    ['辽宁', 'Liaoning'],
    ['沈阳', 'Shenyang'],
    ['西藏', 'Tibet'],
    ['青海', 'Qinghai'],
    ['广西', 'Guangxi'],
    ['南宁', 'Nanning'],
    ['宁夏', 'Ningxia'],
    ['银川', 'Yinchuan'],
    ['浙江省', 'Zhejiang'],
    ['安吉县', 'Anji'],
    ['义乌', 'Yiwu'],
    ['东莞', 'Dongguan'],
    ['佛山', 'Foshan'],
    ['无锡', 'Wuxi'],
    ['吉隆坡', 'Kuala Lumpur'],
    ['曼谷', 'Bangkok'],
    ['名古屋', 'Nagoya'],
  ])('%s is the place %s', (surface, label) => {
    expectLabelled(doc, surface, label, 'place');
  });
});

describe('a province name inside another place name stays out', () => {
  it('浙江西部 is Zhejiang only; 黄河北岸 names no Hebei', () => {
    const labels = extractText('主持人：项目在哪？\n\n嘉宾：在浙江西部，靠近黄河北岸的是另一个项目。', 'inside.zh').entities.map((e) => e.label);
    expect(labels).toContain('Zhejiang');
    expect(labels).not.toContain('Jiangxi');
    expect(labels).not.toContain('Hebei');
  });
});
