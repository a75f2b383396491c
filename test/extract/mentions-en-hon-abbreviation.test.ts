// "Hon." (Honorary, Honourable) before an office names no one on its own (cues enStopwords): a club's "Hon. Secretary
// (Rav Sandhu):" and "Hon. Treasurer" leave no organization or person "Hon".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('mentions: "Hon." before an office', () => {
  it('is no entity', () => {
    const text = [
      'Chair (Alan Pettigrew): Good evening. Matters arising?',
      '',
      'Hon. Secretary (Rav Sandhu): None. The minutes went out in June.',
      '',
      'Chair (Alan Pettigrew): Thank you. The committee proposes Malik Osei as Hon. Treasurer.',
    ].join('\n');
    expect(extractText(text, 'agm').entities.map((e) => e.label)).not.toContain('Hon');
  });
});
