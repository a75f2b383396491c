// Tests for extract/stages/mentions/chains.ts joinSubunits on a unit's name of five or six tagger words
// (北京大学/nt 国际/n 机器/n 学习/v 研究/vn 中心/n): the whole is one organization, not the university and a concept.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe("a university's centre with a long name", () => {
  it('北京大学国际机器学习研究中心 is one organization', () => {
    const labels = extractText('主持人：你在哪工作？\n\n嘉宾：我在北京大学国际机器学习研究中心做研究。', 'units.zh').entities.map((e) => e.label);
    expect(labels).toContain('北京大学国际机器学习研究中心');
    expect(labels).not.toContain('Peking University');
  });

  it('a unit holds no other organisation: 智谱是从清华大学知识工程实验室… is no one name', () => {
    const labels = extractText('主持人：智谱从哪来？\n\n嘉宾：智谱是从清华大学知识工程实验室孵化出来的公司。', 'units.zh').entities.map((e) => e.label);
    expect(labels.filter((l) => l.startsWith('智谱是'))).toEqual([]);
  });
});
