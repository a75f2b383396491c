// A reporting period written short (Q3, H1, FY2024, 3Q24) ends a company's name in an earnings call's title and is no
// name itself: "Northwind Logistics Q3 2024 Earnings Call" names Northwind Logistics.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text, 'call').entities.filter((e) => e.type !== 'person').map((e) => e.label).sort();

describe('a short reporting period after a company', () => {
  it('ends the company\'s name and names nothing itself', () => {
    const text = [
      'Northwind Logistics Q3 2024 Earnings Call Transcript',
      '',
      'Operator: Welcome to the call.',
      '',
      'Emily Rhodes: Thank you. Acme Robotics FY2024 results and Zeta Labs H1 numbers came out in 3Q24.',
      '',
      'Operator: Next question.',
      '',
      'Emily Rhodes: Thanks.',
    ].join('\n');
    expect(labels(text)).toEqual(['Acme Robotics', 'Northwind Logistics', 'Zeta Labs']);
  });
});
