// Tests for mentions/zh.ts discoverEmployers on outlets named "X之心" before a title and a name: no name starts with
// 之, so the common noun before it (能源, 出行) is the name's first part, not cut off.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = extractText('主持人：今天来了几位媒体朋友。\n\n王明：对，能源之心主编王晓东和出行之心记者李梅都在，我们很熟。', 'zhi-names.zh');

describe('outlets named X之心', () => {
  it.each([['能源之心', '王晓东'], ['出行之心', '李梅']])('%s is the whole name and %s works there', (outlet, person) => {
    const labels = doc.entities.map((e) => `${e.type} ${e.label}`);
    expect(labels).toContain(`organization ${outlet}`);
    expect(labels).not.toContain('organization 之心');
    expect(relationLines(doc, 'han').some((l) => l.startsWith(`${person} -`) && l.endsWith(`-> ${outlet}`)), relationLines(doc, 'han').join('\n')).toBe(true);
  });
});
