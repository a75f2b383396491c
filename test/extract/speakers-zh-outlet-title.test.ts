// An outlet that interviews under its own name ("游戏葡萄专访｜…", then "游戏葡萄：…"): four Han characters with a
// one-character surname at their head (游) name an outlet, not a person; four with a compound surname still name one.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const roles = (text: string, id: string) => Object.fromEntries(extractText(text, id).speakers.map((s) => [s.label, s.role]));

describe('speakers: an outlet named in the title that asks the questions', () => {
  it('"游戏葡萄专访｜…" then "游戏葡萄：": the outlet hosts, the two people the intro names are the guests', () => {
    const text = [
      '游戏葡萄专访｜《黑神话：悟空》之后，游戏科学的下一步',
      '',
      '【导语】本期我们专访了游戏科学创始人兼CEO冯骥，以及制作人杨奇。',
      '',
      '游戏葡萄：冯总好。很多玩家都知道您以前在腾讯工作。',
      '',
      '冯骥：对，我在腾讯待了差不多十年。',
      '',
      '游戏葡萄：杨奇呢？',
      '',
      '杨奇：我也是从腾讯出来的。',
    ].join('\n');
    expect(roles(text, 'game')).toEqual({ 游戏葡萄: 'host', 'Feng Ji': 'guest', 杨奇: 'guest' });
  });

  it('"# 人物专访｜…" as a Markdown title, then "人物：": the magazine hosts, the one it interviews is the guest', () => {
    const text = [
      '# 人物专访｜陈冬：从航天员到讲述者',
      '',
      '人物：您第一次进入太空是什么感受？',
      '',
      '陈冬：很安静。神舟十一号那次，我和景海鹏在天宫二号待了一个月。',
      '',
      '人物：后来呢？',
      '',
      '陈冬：后来参加了中国空间站的建设。',
    ].join('\n');
    expect(roles(text, 'mag')).toEqual({ 人物: 'host', 陈冬: 'guest' });
  });

  it('a four-character name with a compound surname is still a person: "嘉宾：欧阳娜娜"', () => {
    const text = ['主持人：欢迎欧阳娜娜。', '', '欧阳娜娜：谢谢。', '', '主持人：最近在忙什么？', '', '欧阳娜娜：在拍新戏。'].join('\n');
    expect(roles(text, 'star')['欧阳娜娜']).toBe('guest');
  });
});
