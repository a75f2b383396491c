// Tests for extract/stages/speakers.ts on a group interview where outlets ask under their own names (新浪科技：…？):
// a speaker whose label no surname opens and who only asks is one of those who host; the people answering are not.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const PRESSER = [
  '星原汽车群访实录',
  '',
  '发布会结束后，星原汽车董事长周启航、总裁贺明远接受了多家媒体的采访。来源：澎湃新闻',
  '',
  '澎湃新闻：周总，新车的电池是谁供应的？',
  '',
  '周启航：电池来自宁德时代。',
  '',
  '新浪科技：贺总，智驾团队有变化吗？',
  '',
  '贺明远：没有变化，团队很稳定。',
  '',
  '新浪科技：会降价吗？',
  '',
  '周启航：不会。',
].join('\n');

describe('outlets asking at a group interview', () => {
  const doc = extractText(PRESSER, 'presser.zh');
  const role = (label: string) => doc.speakers.find((s) => s.label === label || s.aliases.includes(label))?.role;

  it('新浪科技, asking only, hosts', () => {
    expect(role('新浪科技')).toBe('host');
  });

  it('the people answering do not host', () => {
    expect(role('周启航')).not.toBe('host');
    expect(role('贺明远')).not.toBe('host');
  });

  it('a speaker named by a surname who only asks is not made a host by this rule', () => {
    const text = '主持人：欢迎。\n\n李华：你们怎么看？\n\n王芳：很好。\n\n主持人：谢谢。';
    const d = extractText(text, 'panel.zh');
    expect(d.speakers.find((s) => s.label === '李华')?.role).not.toBe('host');
  });
});
