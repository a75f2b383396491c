// Tests for extract/data/cues.json zh-agency on a province's or city's departments written in full (浙江省经济和信息化厅,
// 浙江省科学技术厅, 宁波市人力资源和社会保障局): each is a government body, and its head leads it.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const TEXT = [
  '主持人：今天我们邀请到浙江省经济和信息化厅厅长孙立群、浙江省科学技术厅副厅长贺文涛和宁波市人力资源和社会保障局局长蒋海燕。',
  '',
  '孙立群：谢谢主持人。',
].join('\n');

describe("a province's departments written in full", () => {
  const doc = extractText(TEXT, 'departments.zh');

  it.each([['浙江省经济和信息化厅'], ['浙江省科学技术厅'], ['宁波市人力资源和社会保障局']])('%s is a government body', (name) => {
    const entity = doc.entities.find((e) => e.label === name || e.aliases.includes(name));
    expect(entity?.type, doc.entities.map((e) => `${e.label} ${e.type}`).join('\n')).toBe('government');
  });

  it('its head leads it', () => {
    const found = relationLines(doc, 'han');
    expect(found, found.join('\n')).toContain('孙立群 -LEADS-> 浙江省经济和信息化厅');
  });
});
