// Tests for city and provincial bureaus of Chinese government (市水务局, 绍兴市生态环境局, 新闻办公室), futures contracts that
// are no brokers (碳酸锂期货 beside 中信期货), and MCU and pH as topics, not organisations.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const byType = (text: string, type: string) =>
  extractText(text, 'bureaus.zh').entities.filter((e) => e.type === type && !e.speaker).map((e) => e.label).sort();

describe('bureaus, futures and topics', () => {
  const text =
    '主持人：谁在监管？\n\n周立：市水务局和杭州市生态环境局都来查过，省财政厅也管。我们参考广州期货交易所的碳酸锂期货，' +
    '套保是中信期货做的。控制器里的MCU还是进口的，出水的pH值要达标。我去公安局办了护照。';

  it('a bureau after its city or level is a government body', () => {
    expect(byType(text, 'government')).toEqual(['市水务局', '杭州市生态环境局', '省财政厅']);
  });

  it('a commodity before 期货 is no broker, MCU and pH are topics', () => {
    const orgs = byType(text, 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Guangzhou Futures Exchange', '中信期货']));
    expect(orgs.filter((o) => o.includes('碳酸锂') || o === 'MCU' || o === 'pH')).toEqual([]);
    expect(byType(text, 'concept')).toEqual(expect.arrayContaining(['microcontroller', 'pH value']));
  });
});
