// Tests for the bundled lexicon on battery recycling, chip equipment and Chinese carmakers abroad as Chinese
// transcripts name them: companies, a standards body, plant sites abroad, a show and a regulation, each with its
// English label and type (格林美 is a company, not a transliterated person; 盛美上海 is no person 盛美).
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：电池和设备这两年怎么样？',
  '',
  '嘉宾：格林美和青山集团在印尼合作，韩国的ECOPRO也是伙伴。中创新航、弗迪电池都在扩产，',
  '中国汽车技术研究中心做了测算，欧盟的新电池法要求使用再生材料。设备上，盛美上海做清洗，华海清科做CMP，',
  '三安光电买MOCVD。澜沧古茶也在上市。车企在匈牙利塞格德、德国图林根、泰国罗勇府、巴西卡马萨里、波兰蒂黑建厂，',
  '我们是在上海车展上谈的。',
].join('\n');

const doc = extractText(TEXT, 'battery.zh');

describe('batteries, chip equipment and carmakers abroad', () => {
  it.each([
    ['格林美', 'GEM Co.', 'organization'],
    ['青山集团', 'Tsingshan Holding Group', 'organization'],
    ['ECOPRO', 'EcoPro', 'organization'],
    ['中创新航', 'CALB', 'organization'],
    ['弗迪电池', 'FinDreams Battery', 'organization'],
    ['中国汽车技术研究中心', 'China Automotive Technology and Research Center', 'organization'],
    ['新电池法', 'EU Battery Regulation', 'work'],
    ['盛美上海', 'ACM Research', 'organization'],
    ['华海清科', 'Hwatsing Technology', 'organization'],
    ['三安光电', 'Sanan Optoelectronics', 'organization'],
    ['澜沧古茶', 'Lancang Ancient Tea', 'organization'],
    ['塞格德', 'Szeged', 'place'],
    ['图林根', 'Thuringia', 'place'],
    ['罗勇府', 'Rayong', 'place'],
    ['卡马萨里', 'Camaçari', 'place'],
    ['蒂黑', 'Tychy', 'place'],
    ['上海车展', 'Auto Shanghai', 'event'],
  ])('%s → %s (%s)', (surface, label, type) => {
    expectLabelled(doc, surface, label, type);
  });

  it('finds no person in these names', () => {
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label)).toEqual([]);
  });
});
