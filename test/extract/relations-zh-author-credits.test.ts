// Tests for a writer credited with a work in a guest list or a title: "天蚕土豆（《斗破苍穹》作者）", "《三体》作者刘慈欣"
// → the person AUTHORED the work.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('a writer credited with a work', () => {
  it.each([
    ['对谈嘉宾：天蚕土豆（《斗破苍穹》作者）、王小明（《第一序列》作者）', ['Tiancan Tudou -AUTHORED-> 斗破苍穹', '王小明 -AUTHORED-> 第一序列']],
  ])('%s (bracket)', (text, lines) => {
    expect(relationsOf(text, 'authors.zh')).toEqual(expect.arrayContaining(lines));
  });

  it.each([
    ['《三体》作者刘慈欣来了。', 'Liu Cixin -AUTHORED-> The Three-Body Problem'],
    ['《斗破苍穹》作者天蚕土豆说，他写了两年。', 'Tiancan Tudou -AUTHORED-> 斗破苍穹'],
  ])('%s (title before the name)', (text, line) => {
    expect(relationsOf(text, 'authors.zh')).toContain(line);
  });
});
