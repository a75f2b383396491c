// Tests for which company makes which product when a Chinese sentence writes them as "X的Y" (MiniMax的海螺AI,
// Cognition的Devin), through the whole pipeline: the product must be typed a product for the edge to exist.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const turn = (line: string) => `**主持人：** 今天聊聊AI应用。\n\n**嘉宾：** ${line}\n`;

describe('a company, 的, then its product', () => {
  it.each([
    ['视频这块，MiniMax的海螺AI用户涨得很快。', 'MiniMax -DEVELOPED-> Hailuo AI'],
    ['编程这块，Cognition的Devin最早出圈。', 'Cognition -DEVELOPED-> Devin'],
  ])('%s', (line, relation) => {
    const found = relationLines(extractText(turn(line), 'products.zh'));
    expect(found, found.join('\n')).toContain(relation);
  });

  it('a capitalised concept word before 的 and a product is the company, there and elsewhere in the document', () => {
    const doc = extractText(turn('Cognition的Devin很火。Cognition去年融了很多钱。'), 'products.zh');
    const cognition = doc.entities.find((e) => e.label === 'Cognition');
    expect(cognition?.type).toBe('organization');
    expect(cognition?.mentions.length).toBe(2);
  });

  it('without a product after 的 it stays the concept: cognition的本质', () => {
    const doc = extractText(turn('我更关心Cognition的本质，也就是认知。'), 'products.zh');
    expect(doc.entities.find((e) => e.label === 'cognition')?.type).toBe('concept');
  });

  it('海螺AI is a product, not a company', () => {
    const doc = extractText(turn('我最近每天都用海螺AI做短视频。'), 'products.zh');
    expect(doc.entities.find((e) => e.aliases.includes('海螺AI'))?.type).toBe('product');
  });
});

describe('our product named after its kind, a modifier before the kind: 我们的第二代人形机器人星枢H2', () => {
  it('the speaker’s company developed it', () => {
    const text = '主持人：介绍一下？\n\n周予安：我是星枢机器人的创始人。我们的第二代人形机器人星枢H2今年开始交付。\n';
    const found = relationLines(extractText(text, 'robots.zh'));
    expect(found, found.join('\n')).toContain('星枢机器人 -DEVELOPED-> 星枢H2');
  });
});
