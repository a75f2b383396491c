// Tests for extract/stages/segment/units.ts on a group interview (群访) where outlets ask under their own names: one that
// asks once (第一财经：…？, 晚点：…？) is a speaker like the one asking twice, not the words of the answer above it.
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';

const segmentsOf = (text: string) => segment({ id: 'presser.zh', path: 'presser.zh.md', text }).segments;

const PRESSER = [
  '星原汽车群访实录',
  '',
  '发布会结束后，星原汽车董事长周启航、总裁贺明远接受了多家媒体的采访。',
  '',
  '澎湃新闻：周总，新车的电池是谁供应的？',
  '',
  '周启航：电池来自宁德时代。',
  '',
  '新浪科技：贺总，智驾团队有变化吗？',
  '',
  '贺明远：没有变化，团队很稳定。',
  '',
  '第一财经：有消息说你们投资了一家机器人公司？',
  '',
  '周启航：是的，投了一家做具身智能的公司。',
  '',
  '晚点：明年会去海外吗？',
  '',
  '贺明远：明年先去中东。',
  '',
  '新浪科技：会降价吗？',
  '',
  '周启航：不会。',
].join('\n');

describe('outlets asking once at a group interview', () => {
  const segments = segmentsOf(PRESSER);

  it.each([['第一财经'], ['晚点']])('%s： opens a turn of its own', (outlet) => {
    const turn = segments.find((s) => s.speakerLabel === outlet);
    expect(turn?.kind).toBe('turn');
    expect(turn?.text).toMatch(/？$/);
  });

  it("the answer above keeps only its own words", () => {
    const answers = segments.filter((s) => s.speakerLabel === '贺明远' || s.speakerLabel === '周启航').map((s) => s.text);
    expect(answers.filter((text) => /第一财经|晚点/.test(text))).toEqual([]);
  });

  it('not in an interview whose askers are no outlets: "比如：…？" in an answer stays the answer', () => {
    const text = '主持人：你会怎么选？\n\n李华：看情况。\n\n比如：你要便宜还是要快？\n\n主持人：要快。\n\n李华：那就选这个。';
    expect(segmentsOf(text).map((s) => s.speakerLabel ?? '-')).not.toContain('比如');
  });
});
