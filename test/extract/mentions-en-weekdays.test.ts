// Tests for weekdays in the plural (extract/stages/mentions/latin.ts WEEKDAYS_PLURAL): "on Mondays" names no
// organization.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe('weekdays in the plural', () => {
  it.each([
    ["Guest: I'm at the training facility in Montclair on Mondays.", 'Mondays'],
    ['Guest: The branch is closed on Sundays and Tuesdays now.', 'Sundays'],
  ])('%s', (text, day) => {
    expect(labels(text)).not.toContain(day);
  });
});
