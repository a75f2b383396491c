// Tests for extract/stages/segment/boilerplate.ts: a Chinese credit block written on several lines of one paragraph
// (文｜王芳 / 编辑｜赵强) is boilerplate, so its names are no entities of the conversation; so is all after —— END ——.
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';

const segmentsOf = (text: string) => segment({ id: 'credits.zh', path: 'credits.zh.md', text }).segments;

describe('Chinese credit blocks', () => {
  it.each([['文｜王芳\n编辑｜赵强'], ['作者｜王芳\n编辑丨赵强\n排版｜孙丽'], ['来源：晚点LatePost\n文｜王芳']])('%j is boilerplate', (credits) => {
    const segments = segmentsOf(`# 专访李华\n\n${credits}\n\n李华是星海智能的创始人。\n\n提问：你好。\n\n李华：你好。`);
    expect(segments[0]).toMatchObject({ kind: 'boilerplate' });
    expect(segments[1]).toMatchObject({ kind: 'narration', text: '李华是星海智能的创始人。' });
  });

  it('a paragraph with one credit line and one line of text stays text', () => {
    const segments = segmentsOf('# 专访\n\n文｜王芳\n今天我们聊聊机器人。\n\n提问：你好。\n\n李华：你好。');
    expect(segments[0].kind).toBe('narration');
  });
});

describe('a Chinese article closed by —— END ——', () => {
  it('—— END —— and the 关注我们： prompt after it are boilerplate, not a turn of a speaker 关注我们', () => {
    const segments = segmentsOf('# 专访\n\n主持人：你好。\n\n李华：你好。\n\n—— END ——\n\n关注我们：星海观察，每日更新。\n');
    expect(segments.map((s) => s.kind)).toEqual(['turn', 'turn', 'boilerplate', 'boilerplate']);
  });

  it('closes the article also when the line after it has no blank line between: not the last speaker\'s words', () => {
    const segments = segmentsOf('# 专访\n\n主持人：你好。\n\n李华：你好。\n\n主持人：谢谢。\n\n—— END ——\n点击关注 星海观察 获取更多内容\n');
    expect(segments.map((s) => `${s.kind}|${s.text}`)).toEqual(['turn|你好。', 'turn|你好。', 'turn|谢谢。', 'boilerplate|—— END ——\n点击关注 星海观察 获取更多内容']);
  });

  it('a producer\'s note under a rule line closes the article, not the host\'s last words', () => {
    const segments = segmentsOf('# 专访\n\n主持人：你好。\n\n李华：你好。\n\n主持人：谢谢两位，本期节目就到这里。\n\n——\n本期节目由 星海观察 出品 | 剪辑：小李\n往期推荐：王强：出海十年\n');
    expect(segments.map((s) => `${s.kind}|${s.text}`)).toEqual(['turn|你好。', 'turn|你好。', 'turn|谢谢两位，本期节目就到这里。', 'boilerplate|——\n本期节目由 星海观察 出品 | 剪辑：小李\n往期推荐：王强：出海十年']);
  });
});
