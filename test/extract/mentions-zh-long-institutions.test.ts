// Tests for institutions whose name holds four words before the institution word (北京/ns 社会/n 管理/vn 职业/n 学院):
// the city or province that opens the name stays in it.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('institution names of four words and a head', () => {
  it('keep the place that opens them', () => {
    const doc = extractText('主持人：护理员从哪来？\n\n何静：我们在天津社会管理职业学院开了定向班，学生毕业就来。', 'long.zh');
    expect(doc.entities.filter((e) => e.type === 'organization').map((e) => e.label)).toEqual(['天津社会管理职业学院']);
  });
});
