// Tests for job titles the staff rules did not list and a past job after "previously" (extract/data/relations.json
// en-i-am-staff-at, en-person-staff-at, en-our-staff-person, en-he-worked): "I am the chief information security
// officer at Y", "X was a warehouse supervisor at Y", "X, a trial attorney with the Department of Justice",
// "Our CEO, Dr. X", "she was previously at Y".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turns = (text: string) => `Ada Brook: Welcome to the panel.\n\nKwame Osei: ${text}\n\nAda Brook: Thank you.`;

describe('staff titles and past posts', () => {
  it.each([
    ['I am the chief information security officer at Verrin Health Partners.', 'Kwame Osei -WORKS_AT-> Verrin Health Partners'],
    ['I work at Verrin Health Partners. Our CEO, Dr. Helen Marchetti, made that call.', 'Helen Marchetti -WORKS_AT-> Verrin Health Partners'],
    ['Marisol Delacroix was a warehouse supervisor at Brightline Logistics before the lawsuit.', 'Marisol Delacroix -WORKS_AT-> Brightline Logistics'],
    ['Tomas Reyes, a trial attorney with the Department of Justice, argued it.', 'Tomas Reyes -WORKS_AT-> Department of Justice'],
    ['We hired Clara Voss as editorial director; she was previously at Granta Group.', 'Clara Voss -WORKED_AT-> Granta Group'],
  ])('%s', (text, expected) => {
    expect(relationsOf(turns(text))).toContain(expected);
  });
});
