// Tests for extract/stages/mentions/zh.ts discoverInstitutions: a conjunction the tagger glued to the word after a
// pronoun (你们/r 和县/ns 医院) is no part of an institution's name: "你们和县医院" names no 和县医院.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const organizations = (text: string) =>
  extractText(`主持人：${text}\n\n嘉宾：一步一步来。`, 'conjunction.zh')
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.label);

describe('a conjunction after a pronoun, before an institution word', () => {
  it('你们和县医院, 我们和县人民医院: no organization', () => {
    expect(organizations('你们和县医院具体是怎么合作的？我们和县人民医院也签了协议吗？')).toEqual([]);
  });

  it('和县人民医院 after a verb is still the county hospital', () => {
    expect(organizations('他去了和县人民医院吗？')).toEqual(['和县人民医院']);
  });
});
