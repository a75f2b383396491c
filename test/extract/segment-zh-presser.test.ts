// A Chinese press conference where each reporter's outlet stands in lenticular brackets on a line of its own over the
// question ("【路透社记者】⏎美国加征关税…"): a reporter's question, not a section heading over the answers.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const PRESSER = [
  '省政府新闻办新闻发布会实录',
  '',
  '主持人 省政府新闻办副主任 柯晓岚：',
  '今天我们邀请到省商务厅厅长郑启明先生。',
  '',
  '省商务厅厅长 郑启明：',
  '谢谢主持人。前三季度全省外贸增长6%。',
  '',
  '【彭博社记者】',
  '关税对出口影响有多大？',
  '',
  '省商务厅厅长 郑启明：',
  '影响可控。',
  '',
  '【答】',
  '补充一点，东盟市场增长很快。',
  '',
  '【从业经历】',
  '郑启明曾任省发改委副主任。',
].join('\n');

describe('a press conference: 【outlet记者】 over the question', () => {
  const doc = extractText(PRESSER, 'presser');
  it('the reporter\'s question is narration of its own, and the answers under it have no section', () => {
    expect(doc.turns.find((t) => t.text.includes('关税对出口影响有多大'))).toMatchObject({ kind: 'narration', speaker: null, section: null });
    expect(doc.turns.find((t) => t.text === '影响可控。')).toMatchObject({ kind: 'turn', section: null });
  });

  it('"【答】" over words is the answer mark, a turn; "【从业经历】" stays a section heading', () => {
    expect(doc.turns.find((t) => t.text === '补充一点，东盟市场增长很快。')).toMatchObject({ kind: 'turn', speakerLabel: '答' });
    expect(doc.turns.find((t) => t.text.includes('曾任'))?.section).toBe('从业经历');
  });
});
