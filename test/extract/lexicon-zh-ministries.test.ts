// Tests for the bundled governments on China's ministries: a bare 财政部, 商务部, 外交部 in Chinese text is China's
// ministry; 美国财政部 is the US Treasury, and another country's name before the word names that country's ministry.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const governments = (words: string) =>
  extractText(`主持人：政策上有什么变化？\n\n嘉宾：${words}`, 'ministries.zh')
    .entities.filter((e) => e.type === 'government')
    .map((e) => e.label)
    .sort();

describe("China's ministries", () => {
  it.each([
    ['财政部和国家医保局今年联合发了一个文件。', ['Ministry of Finance of China', 'National Healthcare Security Administration']],
    ['商务部上周宣布对部分稀土实施出口管制。', ['Ministry of Commerce of China']],
    ['外交部发言人在例行记者会上回应了这个问题。', ['Ministry of Foreign Affairs of China']],
    ['教育部和人社部都在推动职业教育。', ['Ministry of Education of China', 'Ministry of Human Resources and Social Security of China']],
    ['美国财政部和美国商务部的态度不一样。', ['Department of Commerce', 'Treasury Department']],
  ])('%s', (words, labels) => {
    expect(governments(words)).toEqual(labels);
  });

  it("another country's ministry is not China's (俄罗斯外交部, 以色列国防部)", () => {
    const found = governments('俄罗斯外交部和以色列国防部都发表了声明。');
    expect(found).not.toContain('Ministry of Foreign Affairs of China');
    expect(found).not.toContain('Ministry of National Defense of China');
    expect(found).not.toContain('Department of Defense');
  });
});
