// Tests for call transcripts that set every speaker's name alone on its line with who they are after a spaced dash
// ("Dan Frey -- Chief Financial Officer", "Meyer Shields -- KBW -- Analyst"; segment/units.ts aloneLabels): one who
// speaks once is a speaker too, once another name set so speaks twice.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const CALL = `Corvane Logistics (CVL) Q2 2026 Earnings Call Transcript

Operator

Good morning, and welcome to the Corvane Logistics call. I will now turn it over to Petra Lindahl.

Petra Lindahl -- Vice President, Investor Relations

Thank you. With me today is Omar Haddad, our Chief Executive Officer.

Omar Haddad -- Chief Executive Officer

Thanks, Petra. Volumes grew in every region.

Questions and Answers:

Operator

Our first question comes from Renee Wu with Stifel.

Renee Wu -- Stifel -- Analyst

Omar, how are rail rates trending?

Omar Haddad -- Chief Executive Officer

Down, Renee, for the third quarter running.
`;

describe('call speakers set as "Name -- Title" lines', () => {
  it('reads each once-speaking name line as a speaker, not narration', () => {
    const doc = extractText(CALL, 'call');
    const who = (key: string | null) => doc.speakers.find((s) => s.key === key)?.label ?? null;
    expect(doc.turns.filter((t) => t.kind === 'turn').map((t) => `${who(t.speaker)}: ${t.text}`)).toEqual([
      'Petra Lindahl: Thank you. With me today is Omar Haddad, our Chief Executive Officer.',
      'Omar Haddad: Thanks, Petra. Volumes grew in every region.',
      'Renee Wu: Omar, how are rail rates trending?',
      'Omar Haddad: Down, Renee, for the third quarter running.',
    ]);
  });

  it('keeps a name over a dash once as narration where no one is set so twice', () => {
    const text = 'Host: Welcome back.\n\nGuest: Thanks.\n\nMaya Lin -- architect\n\nHost: Her memorial changed everything.';
    expect(extractText(text, 'single').speakers.map((s) => s.label)).not.toContain('Maya Lin');
  });
});
