// Tests for extract/stages/resolve.ts on an article whose questions are labelled with an outlet (36氪：, 极客公园：, or one
// the credits name as the source): the speaker is that organisation, not a person; a known outlet named in an intro too.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const entitiesOf = (text: string) => extractDocument({ id: 'outlet.zh', path: 'outlet.zh.md', text }, context).entities;

describe('an outlet as a speaker', () => {
  it('36氪： labels an organisation, the one answering stays a person', () => {
    const entities = entitiesOf('# 36氪专访｜邓远：窗口期只剩两年\n\n文｜王芳\n来源：36氪\n\n36氪：你为什么出来创业？\n\n邓远：因为窗口期很短。\n\n36氪：客户是谁？\n\n邓远：主要是车厂。');
    expect(entities.find((e) => e.label === '36Kr' || e.label === '36氪')?.type).toBe('organization');
    expect(entities.find((e) => e.label === '邓远')?.type).toBe('person');
  });

  it('an outlet the lexicon does not know, credited as the source (来源：星海文娱), asking as 星海文娱：, is an organisation', () => {
    const entities = entitiesOf('# 对话郭明远\n\n来源：星海文娱\n作者：叶知秋\n\n星海文娱：郭导，这一部有什么不同？\n\n郭明远：用了很多AI。\n\n星海文娱：谢谢郭导。');
    expect(entities.find((e) => e.label === '星海文娱')?.type).toBe('organization');
    expect(entities.find((e) => e.label === '郭明远')?.type).toBe('person');
  });

  it('an outlet the intro names in title marks (《汽车之家》（以下简称“汽车之家”）对林杰进行了专访), asking as 汽车之家：, is an organisation', () => {
    const entities = entitiesOf('# 对话林杰\n\n日前，《汽车之家》（以下简称“汽车之家”）对极氪副总裁林杰（以下简称“林”）进行了专访。\n\n汽车之家：销量怎么样？\n\n林：增长很快。\n\n汽车之家：谢谢。');
    expect(entities.find((e) => e.label === '汽车之家')?.type).toBe('organization');
    expect(entities.find((e) => e.label === '林杰')?.type).toBe('person');
  });

  it('a host credited as the author (作者：泓君) stays a person', () => {
    const entities = entitiesOf('# EP.1\n\n来源：硅谷播客\n作者：泓君\n\n泓君：知行你好。\n\n宋知行：你好。\n\n泓君：说说？\n\n宋知行：好。');
    expect(entities.find((e) => e.label === '泓君')?.type).toBe('person');
  });

  it('an outlet named in an intro is an organisation: 本场圆桌由极客公园创始人张鹏主持', () => {
    const entities = entitiesOf('导语：本场圆桌由极客公园创始人张鹏主持。\n\n主持人：欢迎。我是张鹏。\n\n王磊：谢谢。');
    expect(entities.find((e) => e.label === 'GeekPark')?.type).toBe('organization');
  });
});

describe('an outlet asking under a short form of the name its credits give', () => {
  it('来源：三联生活周刊 … 三联： is an organisation', () => {
    const entities = entitiesOf('# 专访｜郭明远\n\n文｜叶知秋\n来源：三联生活周刊 2025年第40期\n\n三联：这一部有什么不同？\n\n郭明远：用了很多AI。\n\n三联：谢谢。');
    expect(entities.find((e) => e.label === '三联')?.type).toBe('organization');
    expect(entities.find((e) => e.label === '郭明远')?.type).toBe('person');
  });

  it('本文为游戏葡萄原创 … 葡萄君： is an organisation', () => {
    const entities = entitiesOf('# 对话郭明远\n\n葡萄君：这一部有什么不同？\n\n郭明远：用了很多AI。\n\n葡萄君：谢谢。\n\n（本文为游戏葡萄原创，转载请联系授权。）');
    expect(entities.find((e) => e.label === '葡萄君')?.type).toBe('organization');
  });

  it('a host whose show carries the name stays a person: 张小珺 of 张小珺商业访谈录', () => {
    const entities = entitiesOf('# 第12期\n\n来源：张小珺商业访谈录\n\n张小珺：欢迎。\n\n郭明远：谢谢。\n\n张小珺：说说？\n\n郭明远：好。');
    expect(entities.find((e) => e.label === '张小珺')?.type).toBe('person');
  });
});
