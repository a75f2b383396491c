// Tests for relations.json zh-place-head-person: a country's, province's or city's head right before the name
// ("法国总统马克龙", "日本首相X") leads the place; a deputy, a former head or a minister does not.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const briefing = (question: string) => relationsOf(`记者：${question}\n\n发言人：我们注意到了有关报道。`, 'head.zh', 'han');

describe("a place's head before the name", () => {
  it.each([
    ['法国总统马克龙下个月将访华，中方有何期待？', '马克龙 -LEADS-> 法国'],
    ['据报道，美国总统特朗普昨天签署了行政令。', '特朗普 -LEADS-> 美国'],
  ])('%s', (question, line) => {
    const lines = briefing(question);
    expect(lines, lines.join('\n')).toContain(line);
  });

  it.each([['美国前总统奥巴马昨天发表了演讲。'], ['前美国总统奥巴马昨天发表了演讲。'], ['法国副总理昨天表示，马克龙会出席。']])('%s → leads nothing', (question) => {
    expect(briefing(question).filter((l) => l.includes('LEADS'))).toEqual([]);
  });
});
