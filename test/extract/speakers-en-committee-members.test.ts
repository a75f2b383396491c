// Tests for committee records' question numbers ("Q3 Gavin Newlands:", "Q4 Senator Reyes:"; extract/stages/segment/labels.ts
// asks, speakers.ts): whoever asks the numbered questions is a member and hosts; whoever never asks is a witness.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const RECORD = `Energy Committee

Oral evidence: Grid connections, HC 912

Members present: Anna Whitlow (Chair); Tom Barker; Priya Lal.

Q1 Chair: Good morning. Please introduce yourselves.

Helen Fry: I am Helen Fry, chief executive of Northgrid.

Omar Sayed: Omar Sayed, director of the Renewables Forum.

Q2 Tom Barker: Why does a connection take ten years?

Helen Fry: The queue is long.

Q3 Senator Priya Lal: What would shorten it?

Omar Sayed: Clearing speculative projects.
`;

describe('a committee record: roles from question numbers', () => {
  const doc = extractText(RECORD, 'committee');
  const role = (name: string) => doc.speakers.find((s) => s.label === name)?.role;

  it('members who ask numbered questions host, the chair among them', () => {
    expect(role('Anna Whitlow')).toBe('host');
    expect(role('Tom Barker')).toBe('host');
    expect(role('Priya Lal')).toBe('host');
  });

  it('the witnesses, named in the opening too, are guests', () => {
    expect(role('Helen Fry')).toBe('guest');
    expect(role('Omar Sayed')).toBe('guest');
  });
});
