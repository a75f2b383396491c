// Tests for "X的老校长Y": 老 before a head's title names the one who once led the school or body (WORKED_AT), while
// 老员工 is a long-serving employee, still there.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const lines = (text: string) => relationLines(extractText(text, 'oldhead.zh'), 'han').filter((l) => !l.includes('INTERVIEWS'));

describe('an old head of an institution', () => {
  it('worked there', () => {
    expect(lines('主持人：谁影响了您？\n\n周海燕：复旦大学的老校长谢希德对我影响很大。')).toContain('谢希德 -WORKED_AT-> 复旦大学');
  });

  it('a long-serving employee is no former one', () => {
    expect(lines('主持人：谁影响了您？\n\n周海燕：复旦大学的老员工谢希德还在。').filter((l) => l.includes('WORKED_AT'))).toEqual([]);
  });
});
