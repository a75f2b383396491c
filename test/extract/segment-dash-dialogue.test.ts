// A dialogue set with dashes and no colons ("Maya Chen — We build robots.", "Host – Who are your customers?"): the
// name before the dash is the speaker, when two or more speak so; a line of prose that opens with a name and a dash
// is no turn.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const turns = (text: string) => extractText(text, 'dash').turns.filter((t) => t.kind === 'turn').map((t) => [t.speakerLabel, t.text]);

describe('segment: dash dialogue', () => {
  it('"Name — words" lines of two speakers are their turns, with the dash out of the text', () => {
    const text = [
      'Maya Chen — We build warehouse robots in Shenzhen.',
      'Host — Who are your customers?',
      'Maya Chen — JD Logistics and Cainiao, mostly.',
      'Host – And your investors?',
      'Maya Chen — Sequoia China led our Series B.',
    ].join('\n');
    expect(turns(text)).toEqual([
      ['Maya Chen', 'We build warehouse robots in Shenzhen.'],
      ['Host', 'Who are your customers?'],
      ['Maya Chen', 'JD Logistics and Cainiao, mostly.'],
      ['Host', 'And your investors?'],
      ['Maya Chen', 'Sequoia China led our Series B.'],
    ]);
  });

  it('"**Name** — words": a bold name and a dash label the turn, the dash out of the text', () => {
    const text = ['**Priya Shah** — Welcome to the show.', '', '**Leo Martin** — Thanks. I spent ten years at Intel.', '', '**Priya Shah** — Why Arm?', '', '**Leo Martin** — Because of the M1.'].join('\n');
    expect(turns(text)).toEqual([
      ['Priya Shah', 'Welcome to the show.'],
      ['Leo Martin', 'Thanks. I spent ten years at Intel.'],
      ['Priya Shah', 'Why Arm?'],
      ['Leo Martin', 'Because of the M1.'],
    ]);
  });

  it('prose whose paragraphs open with a name and a dash, one speaker only, makes no turns', () => {
    const text = [
      'Maya Chen — the founder of Lumen Robotics — spent a decade at DJI before starting her company.',
      '',
      'Maya Chen — who grew up in Chengdu — says the hardest part is hiring.',
    ].join('\n');
    expect(turns(text)).toEqual([]);
  });
});
