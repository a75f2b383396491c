// Tests for a Chinese header crediting people as "post, spaces, name" (哈尔滨市文化广电和旅游局局长  王洪新): one guest a
// line under a bare "嘉宾：" (a post may hold 和: 文化和旅游局) and "主持人：新京报记者  甘丽萍" are credits, read as
// narration; the bare 主持人 who speaks is that host. Also: labels used once with a surname the list lacked (景, 燕, 冷).
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';

const speakersOf = (text: string) => {
  const doc = resolveSpeakers(segment({ id: 'panel', path: 'panel.md', text }));
  return { roles: Object.fromEntries(doc.speakers.map((s) => [s.label, s.role])), doc };
};

describe('post-and-name credits in a Chinese header', () => {
  it('a guest list under a bare 嘉宾：, posts holding 和, is narration and no one speaks as 嘉宾', () => {
    const text = '# 圆桌\n\n嘉宾：\n淄博市文化和旅游局局长  宋启文\n天水市文化和旅游局副局长  韩红梅\n\n主持人：各位好。\n\n宋启文：你好。\n\n韩红梅：你好。\n\n主持人：开始吧。\n';
    const { roles, doc } = speakersOf(text);
    expect(roles).toEqual({ '主持人 (host)': 'host', 宋启文: 'guest', 韩红梅: 'guest' });
    expect(doc.turns[0].kind).toBe('narration');
  });

  it('主持人：新京报记者  甘丽萍 credits the host, whom the bare 主持人 label then is', () => {
    const text = '# 圆桌\n\n嘉宾：淄博市文旅局局长 宋启文\n主持人：新京报记者  甘丽萍\n\n主持人：各位好。\n\n宋启文：你好。\n\n主持人：开始吧。\n\n宋启文：好的。\n';
    const { roles } = speakersOf(text);
    expect(roles).toEqual({ 甘丽萍: 'host', 宋启文: 'guest' });
  });

  it.each(['景红梅', '燕晓红', '冷秋萍'])('a label used once, %s, is a speaker', (name) => {
    const text = `主持人：各位好。\n\n张伟：你好。\n\n${name}：我补充一句，今年增长很快。\n\n主持人：谢谢。\n\n张伟：谢谢。\n`;
    expect(Object.keys(speakersOf(text).roles)).toContain(name);
  });
});
