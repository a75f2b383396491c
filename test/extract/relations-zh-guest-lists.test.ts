// Tests for the Chinese title rules of extract/data/relations.json on a list of guests, each with a parenthetical
// profile: "冯骥（游戏科学创始人、CEO）、陈星汉（…）" — the title closes inside one guest's parentheses.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const header = (people: string): string => `**游戏播客 第7期**\n\n嘉宾：${people}\n主持：王晨\n\n王晨：欢迎两位。\n\n赵岩：谢谢。\n\n孙立：大家好。`;

describe('a list of guests with parenthetical titles', () => {
  it.each([
    ['赵岩（米哈游创始人、CEO）、孙立（独立制作人）', ['赵岩 -FOUNDED-> 米哈游', '赵岩 -CEO_OF-> 米哈游'], ['孙立 -FOUNDED-> 米哈游', '孙立 -CEO_OF-> 米哈游']],
    ['赵岩（网易联合创始人）、孙立（自由撰稿人）', ['赵岩 -FOUNDED-> 网易'], ['孙立 -FOUNDED-> 网易']],
    ['赵岩（腾讯CEO）、孙立（自由撰稿人）', ['赵岩 -CEO_OF-> 腾讯'], ['孙立 -CEO_OF-> 腾讯']],
  ])('%s', (people, expected, absent) => {
    const found = relationsOf(header(people), 'guests.zh', 'han');
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
    for (const r of absent) expect(found, found.join('\n')).not.toContain(r);
  });

  it('a title and a name with nothing closing between them still say who holds it', () => {
    const found = relationsOf('主持人：你好。\n\n赵岩：米哈游创始人、CEO孙立是我的老朋友。', 'guests.zh', 'han');
    expect(found, found.join('\n')).toContain('孙立 -FOUNDED-> 米哈游');
  });
});
