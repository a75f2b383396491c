// Tests for the zhNameStoplist of extract/data/cues.json on the words of holding office: "单霁翔院长在任时", "他任内",
// "在任上" say when, and 任 there is the office, not a surname (no person 任时).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('in office', () => {
  it.each(['王院长在任时推动了开放。', '他任内做了很多事。', '老局长在任上退休了。'])('%s names no one', (words) => {
    const people = extractText(`主持人：说说吧。\n\n嘉宾：${words}`, 'office.zh')
      .entities.filter((e) => e.type === 'person' && !e.speaker)
      .map((e) => e.label);
    expect(people.filter((p) => p.startsWith('任'))).toEqual([]);
  });
});
