// Tests for a name said to someone before a first- or second-person subject (extract/stages/relations.ts
// addressedBeforePronoun): in "Ramon, I spent eleven years at Nestlé" the years are the speaker's, not Ramon's.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const call = (answer: string) =>
  `Tessa Lowry: Thanks. Bruno, you ran the plant for years. What did you learn?\n\nBruno Adebayo: ${answer}\n\nTessa Lowry: Thank you.`;

describe('a name addressed before "I", "we" or "you" is no subject', () => {
  it.each([
    ['Tessa, I spent eleven years at Kelvar Foods before this.', 'Tessa Lowry', 'WORKED_AT', 'Kelvar Foods'],
    ['Tessa, we previously worked with Ostrander Freight on that.', 'Tessa Lowry', 'WORKED_AT', 'Ostrander Freight'],
  ])('%s', (answer, addressed, type, org) => {
    const lines = relationsOf(call(answer));
    expect(lines).not.toContain(`${addressed} -${type}-> ${org}`);
  });

  it('still gives the speaker the years: "Tessa, I spent eleven years at Kelvar Foods"', () => {
    expect(relationsOf(call('Tessa, I spent eleven years at Kelvar Foods before this.'))).toContain('Bruno Adebayo -WORKED_AT-> Kelvar Foods');
  });

  it('keeps the appositive after a name: "Marta Quinn, who spent six years at Halden Bank"', () => {
    expect(relationsOf(call('Marta Quinn, who spent six years at Halden Bank, runs it now.'))).toContain('Marta Quinn -WORKED_AT-> Halden Bank');
  });
});
