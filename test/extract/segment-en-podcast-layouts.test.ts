// Tests for two podcast transcript layouts as their sites publish them: the name alone on a line with the words after a
// timestamp on the next (and chapter titles between turns), and a bold name followed by a timestamp in italics.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'podcast.en');
const turns = (doc: ReturnType<typeof extract>) =>
  doc.turns.filter((t) => t.kind === 'turn').map((t) => [doc.speakers.find((s) => s.key === t.speaker)?.label, t.section, t.text]);

const CHAPTERS = `Transcript for Mira Patel: Robots, Batteries and the Grid | The Long Game Podcast #88

This is a transcript of The Long Game Podcast #88 with Mira Patel.

Introduction

Owen Hale
(00:00:00) The following is a conversation with Mira Patel, founder of Gridline.

Mira Patel
(00:00:12) Thanks for having me, Owen.

Batteries at home

Owen Hale
(00:01:05) How big is a home battery now?

Mira Patel
(00:01:15) About the size of a fridge.
Sure
(00:01:20) It keeps getting smaller.
`;

const ITALIC_STAMPS = `# Mira Patel — Batteries at home

**Owen Hale** *00:00:00*

Today I have the pleasure of speaking with Mira Patel.

**Mira Patel** _00:00:30_

Thanks for having me.

**Owen Hale** *00:00:41*

Where did Gridline start?

**Mira Patel** *00:00:45*

In a garage in Pune.
`;

describe('segment: podcast layouts', () => {
  it('reads a name alone on its line as the speaker of the timestamped words below it, and chapter titles as sections', () => {
    expect(turns(extract(CHAPTERS))).toEqual([
      ['Owen Hale', 'Introduction', 'The following is a conversation with Mira Patel, founder of Gridline.'],
      ['Mira Patel', 'Introduction', 'Thanks for having me, Owen.'],
      ['Owen Hale', 'Batteries at home', 'How big is a home battery now?'],
      ['Mira Patel', 'Batteries at home', 'About the size of a fridge. Sure\n(00:01:20) It keeps getting smaller.'],
    ]);
  });

  it('drops a timestamp in italics after a bold name instead of quoting it', () => {
    expect(turns(extract(ITALIC_STAMPS))).toEqual([
      ['Owen Hale', null, 'Today I have the pleasure of speaking with Mira Patel.'],
      ['Mira Patel', null, 'Thanks for having me.'],
      ['Owen Hale', null, 'Where did Gridline start?'],
      ['Mira Patel', null, 'In a garage in Pune.'],
    ]);
  });
});
