// Tests for a known short company name the tagger glued to the verb after it (金杜做/x, 中伦干/x, 方达待/x): the name
// still ends a word there, so it is the company and not a person named 金杜做.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('a short known name glued to 做/干/待 after it', () => {
  const doc = extractText('主持人：您的经历呢？\n\n嘉宾：我在金杜做了十二年律师，之后在腾讯干了三年法务。', 'glued-verbs.zh');

  it('is the company, not a person', () => {
    const entity = doc.entities.find((e) => e.aliases.includes('金杜'));
    expect(entity?.label).toBe('King & Wood Mallesons');
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker)).toEqual([]);
  });

  it('the speaker worked there', () => {
    expect(relationLines(doc).some((l) => l.includes('King & Wood Mallesons') && /WORK/.test(l))).toBe(true);
  });
});
