// A headline "X on Y" names the interviewee X (segment.json introductions), unless X is a gathering's name: "Town Hall
// Meeting on the Riverside Bus Plan" introduces no guest, so the "Guest:" label stays a guest of its own.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const speakers = (header: string) =>
  extractText(`${header}\nRecorded on 3 May 2026\n\n**Host:** Welcome, everyone.\n\n**Guest:** Thank you.\n`).speakers.map((s) => s.label);

describe('segment: a gathering before "on" in a headline', () => {
  it.each([['Town Hall Meeting on the Riverside Bus Plan'], ['Expert Panel on Coastal Housing'], ['Quarterly Briefing on Rail Freight']])('%s names no guest', (header) => {
    expect(speakers(header).join(' ')).not.toMatch(/Meeting|Panel|Briefing/);
  });

  it('a person before "on" is still the guest', () => {
    expect(speakers('Ada Moss on rivers, rowing and rates')).toContain('Ada Moss');
  });
});
