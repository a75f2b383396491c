// Tests for extract/stages/segment/roles.ts on a role word and a number ("提问者1", "嘉宾2"): a numbered speaker in that
// role, named by the whole label, not a person called "1"; two numbers stay two speakers.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TEXT = [
  '主持人：下面进入提问环节。',
  '',
  '提问者1：请问算力紧张的问题什么时候能缓解？',
  '',
  '嘉宾：明年会好一些。',
  '',
  '提问者2：开源模型会不会冲击商业模式？',
  '',
  '嘉宾：会有影响，但不是决定性的。',
].join('\n');

describe('提问者1, 提问者2', () => {
  const doc = extractText(TEXT, 'numbered-askers.zh');
  it('no person is named by the number alone', () => {
    const people = doc.entities.filter((e) => e.type === 'person').map((e) => e.label);
    expect(people, people.join(', ')).not.toContain('1');
    expect(people).not.toContain('2');
  });
  it('each numbered asker is a speaker of their own, in the asking role', () => {
    const askers = doc.speakers.filter((s) => s.aliases.some((a) => a.startsWith('提问者')));
    expect(askers.map((s) => s.label).sort(), doc.speakers.map((s) => `${s.label} [${s.aliases.join(' | ')}]`).join('\n')).toEqual(['提问者1', '提问者2']);
    expect(askers.every((s) => s.role === 'host')).toBe(true);
  });
});
