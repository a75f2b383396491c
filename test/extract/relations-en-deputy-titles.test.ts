// Tests for "X, head of Y" (extract/data/relations.json en-person-leads) when the title is a deputy's or a
// function's: "vice president of Ford", "operations director at NATS" are jobs at the organisation, not its lead.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const inTurn = (text: string) => relationsOf(`Host: Welcome.\n\nGuest: ${text}\n\nHost: Thanks.`);

describe('who leads an organisation by title', () => {
  it.each([
    ['I am Ruth Ames, operations director at Halden Airways.', 'Ruth Ames', 'Halden Airways'],
    ['Ines Roy, vice president of Corvane Logistics, joined us.', 'Ines Roy', 'Corvane Logistics'],
    ['Dana Okafor, the creative director of Maison Verlaine, agreed.', 'Dana Okafor', 'Maison Verlaine'],
  ])('%s → a job, not the lead', (text, person, org) => {
    const lines = inTurn(text);
    expect(lines).not.toContain(`${person} -LEADS-> ${org}`);
    expect(lines).toContain(`${person} -WORKS_AT-> ${org}`);
  });

  it('"deputy chair of the Harborline Trust" is no lead', () => {
    expect(inTurn('Omar Haddad, deputy chair of the Harborline Trust, declined.')).not.toContain('Omar Haddad -LEADS-> Harborline Trust');
  });

  it.each([
    ['Ines Roy, managing director of Corvane Logistics, joined us.', 'Ines Roy -LEADS-> Corvane Logistics'],
    ['Ruth Ames, president of Halden Airways, spoke first.', 'Ruth Ames -LEADS-> Halden Airways'],
  ])('%s → the lead', (text, line) => {
    expect(inTurn(text)).toContain(line);
  });
});
