// Titles in speaker labels, read by one rule (segment/names.ts splitTitles): several titles before a surname
// ("Vice President Harris:"), a title before a full name, and hearing records whose honorific is any title a
// transcript writes before a surname ("Speaker JOHNSON.").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const speakerNames = (text: string): string[] => extractText(text, 'titled.en').speakers.map((s) => s.label).sort();

describe('speakers: titles in labels', () => {
  it('"Vice President Harris:" is the Kamala Harris the intro names, not a person called "President Harris"', () => {
    const text = [
      'Tonight our guest is Vice President Kamala Harris, who spoke with anchor Dana Cole in Atlanta.',
      '',
      'Dana Cole: Thank you for joining us.',
      '',
      'Vice President Harris: Thank you, Dana. It is good to be back in Georgia.',
      '',
      'Dana Cole: Let us start with chips.',
      '',
      'Vice President Harris: The CHIPS Act brought a plant to Ohio.',
    ].join('\n');
    expect(speakerNames(text)).toEqual(['Dana Cole', 'Kamala Harris']);
  });

  it('"Prof. Dr. Weber:" (two titles, then the surname) is the Anna Weber the intro names', () => {
    const text = [
      'Our guest today is Prof. Dr. Anna Weber of the Technical University of Munich.',
      '',
      'Host: Welcome to the show.',
      '',
      'Prof. Dr. Weber: Thank you for having me.',
      '',
      'Host: What are you working on?',
      '',
      'Prof. Dr. Weber: Battery chemistry, mostly sodium-ion cells.',
    ].join('\n');
    expect(speakerNames(text)).toContain('Anna Weber');
    expect(speakerNames(text)).not.toContain('Dr. Weber');
  });

  it('a hearing record opens turns at "Speaker JOHNSON." and "Admiral PAPARO." as at "Senator HAWLEY."', () => {
    const text = [
      'HEARING ON INDO-PACIFIC POSTURE',
      '',
      '    Speaker JOHNSON. The House will come to order. Admiral, welcome.',
      '    Admiral PAPARO. Thank you, Mr. Speaker. I am glad to be here.',
      '    Speaker JOHNSON. How many ships does the fleet need?',
      '    Admiral PAPARO. More than we have today.',
    ].join('\n');
    const labels = extractText(text, 'hearing.en').turns.filter((t) => t.kind === 'turn').map((t) => t.speakerLabel);
    expect(labels).toEqual(['Speaker JOHNSON', 'Admiral PAPARO', 'Speaker JOHNSON', 'Admiral PAPARO']);
  });
});

describe('speakers: a title and a surname that a list of appearances writes out in capitals', () => {
  it('"MS ODUNSI:" is the Rachel Odunsi of "MS RACHEL ODUNSI KC, Counsel to the Inquiry"', () => {
    const text = [
      'Appearances:',
      'MS RACHEL ODUNSI KC, Counsel to the Inquiry',
      'MR DAVID FAIRLIE KC, for Network Rail Infrastructure Limited',
      '',
      'THE CHAIR: Good morning. Ms Odunsi?',
      '',
      'MS ODUNSI: Good morning, sir. The Inquiry calls Mr Halloran.',
      '',
      'THE CHAIR: Thank you.',
      '',
      'MS ODUNSI: Mr Halloran, please give your full name.',
    ].join('\n');
    expect(speakerNames(text)).toContain('Rachel Odunsi');
  });
});
