// Tests for a Chinese round table through the whole pipeline (speakers.ts, segment/rules.ts NAME, mentions.ts given
// names, zh.ts employers, relations.json panel and career rules): who hosts, who is a guest, who works where.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };

const PANEL = [
  '# 圆桌：大模型进工厂',
  '',
  '在上午的制造业分论坛上，主持人韩雪邀请了三位嘉宾：星衡云CTO周立行、飞书前产品负责人唐文博，',
  '以及浙江大学控制学院副教授顾清扬。以下为现场实录。',
  '',
  '韩雪：欢迎三位。周总，星衡云今年做了哪些项目？',
  '',
  '周立行：谢谢韩雪。星衡云今年主要做质检。',
  '',
  '韩雪：文博，你在飞书的时候就做过企业助手吧？',
  '',
  '唐文博：对，我2022年还在飞书，后来我离开了字节跳动，做早期投资。企业微信和钉钉也在做类似的东西。',
  '',
  '韩雪：顾老师怎么看？',
  '',
  '顾清扬：MCP是Anthropic提出来的，接口统一了，可靠性还是问题。',
].join('\n');

const doc = extractDocument({ id: 'panel.zh', path: 'panel.zh.md', text: PANEL }, context);
const label = new Map(doc.entities.map((e) => [e.key, e.label]));
const relations = doc.relations.map((r) => `${label.get(r.source)} -${r.type}-> ${label.get(r.target)}`);

describe('a Chinese round table', () => {
  it('the host named in the intro hosts, and every panellist the intro names is a guest she interviews', () => {
    expect(Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]))).toEqual({ 韩雪: 'host', 周立行: 'guest', 唐文博: 'guest', 顾清扬: 'guest' });
    for (const guest of ['周立行', '唐文博', '顾清扬']) expect(relations).toContain(`韩雪 -INTERVIEWS-> ${guest}`);
  });

  it('a guest greeted by the given name with no comma (思远你好) is interviewed', () => {
    const interview = extractDocument({ id: 'greet.zh', path: 'greet.zh.md', text: '主持人：思远你好，欢迎来到节目。\n\n陈思远：大家好。\n\n主持人：先介绍一下自己。\n\n陈思远：我做政策研究。' }, context);
    const names = new Map(interview.entities.map((e) => [e.key, e.label]));
    expect(interview.relations.filter((r) => r.type === 'INTERVIEWS').map((r) => names.get(r.target))).toEqual(['陈思远']);
  });

  it('a speaker addressed by the given name (文博) is that speaker, no new person', () => {
    const tang = doc.entities.find((e) => e.label === '唐文博');
    expect(tang?.aliases).toContain('文博');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.label).sort()).toEqual(['唐文博', '周立行', '韩雪', '顾清扬'].sort());
  });

  it('an unknown company before a title and a name (星衡云CTO周立行) is an organization wherever it is written', () => {
    const company = doc.entities.find((e) => e.label === '星衡云');
    expect(company?.type).toBe('organization');
    expect(company?.mentions.length).toBe(3);
    expect(relations).toContain('周立行 -WORKS_AT-> 星衡云');
  });

  it('a former product lead worked there (no LEADS, no WORKS_AT), and a title opening the next list item is not the previous person’s', () => {
    expect(relations).toContain('唐文博 -WORKED_AT-> Feishu');
    expect(relations).not.toContain('唐文博 -LEADS-> Feishu');
    expect(relations).not.toContain('周立行 -WORKS_AT-> Feishu');
    expect(relations).toContain('唐文博 -WORKED_AT-> ByteDance');
    expect(relations).toContain('顾清扬 -WORKS_AT-> 浙江大学控制学院');
  });

  it('企业微信 is WeCom, not WeChat; MCP是Anthropic提出来的 says Anthropic developed MCP', () => {
    expect(doc.entities.find((e) => e.aliases.includes('企业微信'))?.label).toBe('WeCom');
    expect(relations).toContain('Anthropic -DEVELOPED-> MCP');
  });
});
