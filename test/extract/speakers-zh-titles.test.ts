// Tests for Chinese articles that name the interviewee in the title or the editor's intro: "对话张三：…" names the
// guest, "对话Kyutai首席执行官：…" names an organisation and a post (no one), "以下是36氪与许知行的对话" names the guest.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'article.zh');
const guest = (doc: ReturnType<typeof extract>) => doc.speakers.find((s) => s.role === 'guest')?.label;

const body = '\n\n问：储能今年怎么样？\n\n答：还不错，我们在扩产。\n\n问：明年呢？\n\n答：继续扩。\n';

describe('the interviewee of a Chinese article', () => {
  it('is the name after 对话 in the title', () => {
    expect(guest(extract(`# 对话周明远：储能的下一步${body}`))).toBe('周明远');
  });

  it('is nobody in particular when 对话 is followed by an organisation and a post', () => {
    expect(guest(extract(`# 对话Voltaic首席执行官：储能的下一步${body}`))).not.toMatch(/首席执行官|Voltaic/);
  });

  it('is the name the editor gives in "以下是…与X的对话"', () => {
    expect(guest(extract(`# 储能的下一步\n\n以下是本刊与周明远的对话（经编辑）：${body}`))).toBe('周明远');
  });
});

describe('a numbered speaker of a call transcript who names themselves after a title', () => {
  it('发言人1：我是电子组分析师贺晨 → 贺晨; 发言人2：我是王立群 → 王立群', () => {
    const doc = extract('会议纪要\n\n发言人1 00:00:05\n各位投资者晚上好，我是电子组分析师邹晨，今天请到了王立群老师。\n\n发言人2 00:01:12\n大家好，我是王立群，做存储。\n\n发言人1 00:02:30\n好的。\n');
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['王立群', '邹晨']);
  });
});

describe('the host an intro names as presiding: 由…主编X主持', () => {
  it.each([
    ['> 本场圆桌由星海观察主编韩松主持，以下为现场实录。'],
    ['本场对话由韩松主持。'],
  ])('%s → 韩松 hosts', (intro) => {
    const doc = extract(`# 圆桌\n\n${intro}\n\n韩松：欢迎三位嘉宾。\n\n周立行：大家好，我是周立行。\n\n程露：我是程露。\n\n韩松：谢谢。`);
    expect(doc.speakers.find((s) => s.label === '韩松')?.role).toBe('host');
  });
});
