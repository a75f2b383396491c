// A WeChat article's header block: "原创 account date place", then "作者 | X" and "编辑 | Y" credits. It is metadata,
// and the people it credits wrote the article; they said nothing in it.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TEXT = [
  '【深度对话】AI读片进三甲医院，还要跨过几道坎？',
  '',
  '原创 健康界 2026-11-18 09:30 北京',
  '作者 | 孟晓彤',
  '编辑 ｜ 罗一鸣',
  '',
  '导读：本期我们对话联影智能首席技术官詹翊强。',
  '',
  '**问：** 詹总，先简单介绍一下联影智能？',
  '',
  '**詹翊强：** 我们做医学影像AI。',
].join('\n');

describe('segment: a WeChat header with "|" credits', () => {
  it('is one boilerplate paragraph, its lines kept apart', () => {
    const header = extractText(TEXT).turns.find((t) => t.text.startsWith('原创'));
    expect(header?.kind).toBe('boilerplate');
    expect(header?.text).toBe('原创 健康界 2026-11-18 09:30 北京\n作者 | 孟晓彤\n编辑 ｜ 罗一鸣');
  });

  it('credits no one as a person of the conversation', () => {
    const people = extractText(TEXT).entities.filter((e) => e.type === 'person').map((e) => e.label);
    expect(people).not.toContain('孟晓彤');
    expect(people).not.toContain('罗一鸣');
    expect(people).toContain('詹翊强');
  });
});
