// Tests for Chinese chemical companies the lexicon now knows (万华化学, 卫星化学, 华鲁恒升, 扬子石化…), their cities and
// products (连云港, 荆州, TDI, POE), and a country written before a Latin company name (韩国SK集团: SK Group in Korea).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const byType = (text: string, type: string) =>
  extractText(text, 'chem.zh').entities.filter((e) => e.type === type && !e.speaker).map((e) => e.label).sort();

describe('chemical companies', () => {
  const text =
    '主持人：行业格局呢？\n\n倪吉：万华化学、卫星化学、华鲁恒升都是龙头，扬子石化和荣盛石化也在扩产。华鲁控股集团是华鲁恒升的控股股东。' +
    '卫星化学在连云港，华鲁恒升在荆州也有基地。万华的TDI和卫星化学的POE都很强，他们还和韩国SK集团合资建了船队。';

  it('companies, cities and products', () => {
    expect(byType(text, 'organization')).toEqual(
      expect.arrayContaining(['Wanhua Chemical', 'Satellite Chemical', 'Hualu Hengsheng', 'Yangzi Petrochemical', 'Rongsheng Petrochemical', 'Hualu Holdings', 'SK Group']),
    );
    expect(byType(text, 'organization').filter((o) => o.startsWith('韩国') || o === 'TDI' || o === 'POE')).toEqual([]);
    expect(byType(text, 'place')).toEqual(expect.arrayContaining(['Lianyungang', 'Jingzhou', 'South Korea']));
    expect(byType(text, 'concept')).toEqual(expect.arrayContaining(['toluene diisocyanate', 'polyolefin elastomer']));
    expect(byType(text, 'person')).toEqual([]);
  });
});
