// Tests for broadcast transcripts (radio and television news, as NPR, CNN and PBS publish them): labels in capitals
// with who the speaker is after a comma ("STEVE INSKEEP, HOST:"), the surname alone in later turns, clip markers,
// and the copyright line that closes the page.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'news.en');
const speakerNames = (doc: ReturnType<typeof extract>) => doc.turns.filter((t) => t.kind === 'turn').map((t) => doc.speakers.find((s) => s.key === t.speaker)?.label);

const RADIO = `Port strike talks resume

Morning programme transcript. This transcript was created on a rush deadline.

MARTA VELEZ, HOST:

Dockworkers on the Gulf Coast walked out on Monday. Our reporter Tom Birch is in Houston.

TOM BIRCH, BYLINE: Marta, the union says automation at the terminals is the sticking point. I spoke with Dana Whitfield, who runs the port authority.

DANA WHITFIELD: We are ready to talk any day of the week.

TOM BIRCH, BYLINE: The shipping line Maersk says its vessels are waiting offshore.

MARTA VELEZ, HOST: Tom Birch in Houston. Thank you.

Copyright © 2026 Morning Radio. All rights reserved. Visit our website terms of use for further information.
`;

const TELEVISION = `KEELY ROSS, ANCHOR, WORLD DESK: Good evening. Tonight, the vote in Nairobi.

(BEGIN VIDEO CLIP)

SAMUEL OTIENO, KENYAN MINISTER OF FINANCE: The budget passes or the country stalls.

(END VIDEO CLIP)

ROSS: Joining me now is Grace Wanjiru of the University of Nairobi.

GRACE WANJIRU, UNIVERSITY OF NAIROBI: Thank you, Keely. The minister needs the opposition.

ROSS: Will he get it?

WANJIRU: Not this week.
`;

describe('segment: broadcast transcripts', () => {
  it('reads "NAME, ROLE:" labels in capitals as speakers named in ordinary case, the host by the role word', () => {
    const doc = extract(RADIO);
    expect(speakerNames(doc)).toEqual(['Marta Velez', 'Tom Birch', 'Dana Whitfield', 'Tom Birch', 'Marta Velez']);
    expect(doc.speakers.find((s) => s.label === 'Marta Velez')?.role).toBe('host');
  });

  it('leaves the closing copyright line out of the last turn', () => {
    const doc = extract(RADIO);
    const last = doc.turns.filter((t) => t.kind === 'turn').at(-1)!;
    expect(last.text).toBe('Tom Birch in Houston. Thank you.');
    expect(doc.turns.find((t) => t.text.startsWith('Copyright'))?.kind).toBe('boilerplate');
  });

  it('joins a surname-only label in capitals to the full name given earlier (Ross is also a first name), clip markers apart', () => {
    const doc = extract(TELEVISION);
    expect(speakerNames(doc)).toEqual(['Keely Ross', 'Samuel Otieno', 'Keely Ross', 'Grace Wanjiru', 'Keely Ross', 'Grace Wanjiru']);
    expect(doc.turns.find((t) => t.text.startsWith('The budget'))?.text).toBe('The budget passes or the country stalls.');
    expect(doc.turns.filter((t) => /VIDEO CLIP/.test(t.text)).map((t) => t.kind)).toEqual(['narration', 'narration']);
  });

  it('still reads a sentence in ordinary case with a comma before a colon as words, not a label', () => {
    const doc = extract(`Host: Welcome back.\n\nGuest: Thanks.\n\nHost: Here is the thing, though: it works.\n\nIn the end, they agreed: the plant stays open.\n`);
    expect(doc.turns.map((t) => t.kind)).toEqual(['turn', 'turn', 'turn']);
    expect(doc.turns.at(-1)!.text).toContain('In the end, they agreed: the plant stays open.');
  });
});
