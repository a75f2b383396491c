// Tests for extract/stages/segment/labels.ts on an interview whose questions are labelled with the publication's title
// in title marks ("《晚点》：", "《财经》："): the publication asks, as "晚点：" does, and the answers are the guest's own turns.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TEXT = [
  '晚点对话郭谨一：瑞幸不怕价格战',
  '',
  '文｜王海璐  编辑｜宋玮',
  '',
  '瑞幸董事长兼CEO郭谨一在厦门总部接受了《晚点LatePost》的专访。',
  '',
  '《晚点》：9.9元这个价格，瑞幸能坚持多久？',
  '',
  '郭谨一：我们不是为了打价格战。',
  '',
  '《晚点》：库迪的创始人也是瑞幸的创始人，你们怎么看？',
  '',
  '郭谨一：我们只关注自己的用户。',
].join('\n');

describe('a publication in title marks asking the questions', () => {
  const doc = extractText(TEXT, 'marks.zh');

  it('the publication hosts and the person answers as the guest', () => {
    expect(Object.fromEntries(doc.speakers.map((s) => [s.aliases[0] ?? s.label, s.role]))).toEqual({ 晚点: 'host', 郭谨一: 'guest' });
  });

  it('each question is a turn of its own, not the end of the answer above it', () => {
    const turns = doc.turns.filter((t) => t.kind === 'turn');
    expect(turns.map((t) => t.text)).toEqual(['9.9元这个价格，瑞幸能坚持多久？', '我们不是为了打价格战。', '库迪的创始人也是瑞幸的创始人，你们怎么看？', '我们只关注自己的用户。']);
  });

  it('a title in marks inside a sentence is still no label: "《三体》这本书：…"', () => {
    const other = extractText('主持人：你读什么？\n\n嘉宾：《三体》这本书：很好看。\n\n主持人：好。\n\n嘉宾：嗯。', 'marks2.zh');
    expect(other.speakers.map((s) => s.label).sort()).toEqual(['主持人 (host)', '嘉宾 (guest)'].sort());
  });
});
