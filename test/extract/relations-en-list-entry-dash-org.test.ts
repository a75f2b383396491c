// A panel's list entry "Name, Title — Firm" (a spaced dash before the employer, not a comma) says where the person
// works, as "Name, Title, Firm" does (relations.json en-list-entry-title-org).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const panel = (entry: string) => `Panelists:\n- ${entry}\n- Ada Moss, Head of Policy, Harbour Rowing Club\n\n**Moderator:** Welcome, both.\n\n**Ada Moss:** Thank you.\n`;

describe('relations: a list entry with a dash before the employer', () => {
  it.each([
    ['Tobias Brandt, Managing Director — Macquarie Asset Management', 'Tobias Brandt -WORKS_AT-> Macquarie Asset Management'],
    ['Lena Fischer, Senior Analyst – Wolfe Research', 'Lena Fischer -WORKS_AT-> Wolfe Research'],
  ])('%s', (entry, edge) => {
    expect(relationsOf(panel(entry))).toContain(edge);
  });

  it('the comma form is unchanged', () => {
    expect(relationsOf(panel('Tobias Brandt, Managing Director, Macquarie Asset Management'))).toContain('Tobias Brandt -WORKS_AT-> Macquarie Asset Management');
  });
});
