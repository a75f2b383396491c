// Tests for extract/stages/resolve.ts on the address forms of a person the lexicon labels in English: "陈总" is
// 陈东升 (Chen Dongsheng), whether he speaks or is only named, as "王总" is a speaker 王哲 no lexicon knows.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const people = (text: string) => extractText(text, 'address.zh').entities.filter((e) => e.type === 'person');

describe('address forms of a known person', () => {
  it('a speaker: the host\'s "陈总" is the speaker 陈东升', () => {
    const found = people('吴晓波：陈总，泰康之家做了十几年，最难的是什么？\n\n陈东升：前期投入。\n\n吴晓波：好。\n\n陈东升：谢谢。');
    expect(found.find((e) => e.label === 'Chen Dongsheng')?.aliases).toContain('陈总');
    expect(found.map((e) => e.label)).not.toContain('陈总');
  });

  it('a person only named: "陈东升……陈总" is one person', () => {
    const found = people('主持人：说说养老。\n\n嘉宾：陈东升做了泰康之家，陈总一直很看好养老。\n\n主持人：好。');
    expect(found.find((e) => e.label === 'Chen Dongsheng')?.aliases).toContain('陈总');
    expect(found.map((e) => e.label)).not.toContain('陈总');
  });
});
