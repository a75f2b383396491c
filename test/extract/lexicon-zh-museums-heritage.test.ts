// Tests for the bundled lexicon on museums and heritage as Chinese press conferences name them: the heritage
// administration, museums, their heads, sites and paintings, each with its English label.
import { describe, expect, it } from 'vitest';
import { expectLabelled, extractText } from './extract-text.ts';

const TEXT = [
  '主持人：今年文博有什么新情况？',
  '',
  '嘉宾：国家文物局在推数字化。王旭东在故宫办了《千里江山图》和《清明上河图》的展，香港故宫文化博物馆也在借展。',
  '樊锦诗、苏伯民守着莫高窟，三星堆和良渚都在发掘，四川大学参与了。中国国家博物馆、陕西历史博物馆、河南博物院、',
  '上海博物馆、南京博物院都很热门，盖蒂保护研究所也来交流。我自己住在番禺。',
].join('\n');

const doc = extractText(TEXT, 'museum.zh');

describe('museums and heritage', () => {
  it.each([
    ['国家文物局', 'National Cultural Heritage Administration', 'government'],
    ['香港故宫文化博物馆', 'Hong Kong Palace Museum', 'organization'],
    ['四川大学', 'Sichuan University', 'organization'],
    ['中国国家博物馆', 'National Museum of China', 'organization'],
    ['陕西历史博物馆', 'Shaanxi History Museum', 'organization'],
    ['河南博物院', 'Henan Museum', 'organization'],
    ['上海博物馆', 'Shanghai Museum', 'organization'],
    ['南京博物院', 'Nanjing Museum', 'organization'],
    ['盖蒂保护研究所', 'Getty Conservation Institute', 'organization'],
    ['王旭东', 'Wang Xudong', 'person'],
    ['樊锦诗', 'Fan Jinshi', 'person'],
    ['苏伯民', 'Su Bomin', 'person'],
    ['莫高窟', 'Mogao Caves', 'place'],
    ['三星堆', 'Sanxingdui', 'place'],
    ['良渚', 'Liangzhu', 'place'],
    ['番禺', 'Panyu', 'place'],
    ['千里江山图', 'A Panorama of Rivers and Mountains', 'work'],
    ['清明上河图', 'Along the River During the Qingming Festival', 'work'],
  ])('%s → %s (%s)', (surface, label, type) => {
    expectLabelled(doc, surface, label, type);
  });
});
