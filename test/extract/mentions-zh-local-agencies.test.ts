// Tests for cues.json zh-agency on local government bodies: a development zone's 管委会, a city's 投资促进局 or 科技局,
// a province's 科技厅 name one government body with the place before them, and its officials work there.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = extractText(
  '发布人：苏州工业园区管委会副主任 李明\n\n主持人：请介绍一下。\n\n李明：合肥高新区管委会和合肥市投资促进局都来了，浙江省科技厅也给了支持，园区国资委出资。',
  'agencies.zh',
);

describe('local government bodies', () => {
  it.each([['苏州工业园区管委会'], ['合肥市投资促进局'], ['浙江省科技厅']])('%s is one government body', (name) => {
    const found = doc.entities.find((e) => e.label === name || e.aliases.includes(name));
    expect(found?.type, doc.entities.map((e) => `${e.type} ${e.label}`).join('\n')).toBe('government');
  });

  it('管委会 alone names no organisation, and the deputy director works at the whole body', () => {
    expect(doc.entities.map((e) => e.label)).not.toContain('管委会');
    expect(relationLines(doc, 'han')).toContain('李明 -WORKS_AT-> 苏州工业园区管委会');
  });
});
