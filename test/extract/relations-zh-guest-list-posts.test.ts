// Tests for the zh-person-org-title and zh-person-org-head rules of extract/data/relations.json on a guest list: the
// name, spaces or a comma, then the body and the post ("张燕  亲和源集团总裁", "李邦华  国家卫生健康委员会老龄健康司司长",
// "李华，工业和信息化部副部长"): a head leads it, a department's head or a deputy works there.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (rows: string[]) => ['银发经济圆桌实录', '', '参与嘉宾：', ...rows, '', '主持人：吴晓波', '', '吴晓波：各位好。', '', '张燕：大家好。'].join('\n');

describe('a guest list of names and posts', () => {
  const found = relationsOf(doc(['李邦华  国家卫生健康委员会老龄健康司司长', '张燕  亲和源集团总裁', '李华，工业和信息化部副部长', '余健，三星堆博物馆馆长', '周宁　亲和源集团副总裁']), 'list.zh', 'han');

  it.each([
    '李邦华 -WORKS_AT-> 国家卫生健康委员会',
    '张燕 -LEADS-> 亲和源集团',
    '李华 -WORKS_AT-> 工业和信息化部',
    '余健 -LEADS-> 三星堆博物馆',
  ])('%s', (expected) => {
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a department head leads no ministry, a deputy no company', () => {
    expect(found, found.join('\n')).not.toContain('李邦华 -LEADS-> 国家卫生健康委员会');
    expect(found, found.join('\n')).not.toContain('李华 -LEADS-> 工业和信息化部');
    expect(found.filter((line) => line.startsWith('周宁 -LEADS->'))).toEqual([]);
  });
});
