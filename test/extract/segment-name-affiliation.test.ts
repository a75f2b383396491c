// Panel transcripts label each speaker with a name and, after a comma, where they come from ("Raj Patel, Fluence:");
// the name is the speaker, the same person whether or not the affiliation is repeated.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const speakersOf = (text: string) =>
  extractText(text, 'panel')
    .turns.filter((t) => t.kind === 'turn')
    .map((t) => [t.speaker, t.text]);

describe('segment: "Name, Affiliation:" labels', () => {
  it('a full name and an organisation after a comma label a turn, the name making the speaker', () => {
    const text = [
      'Moderator (Julia Park, Bloomberg): Welcome. Let us start with introductions.',
      '',
      'Raj Patel, Fluence: I run product at Fluence.',
      '',
      'Hannah Okoro, National Grid: I lead innovation at National Grid.',
      '',
      'Moderator (Julia Park, Bloomberg): Raj, what holds deployment back?',
      '',
      'Raj Patel: Interconnection queues, mostly.',
      '',
      'Li Wei, Bank of China: Financing is the other part.',
    ].join('\n');
    expect(speakersOf(text)).toEqual([
      ['julia-park', 'Welcome. Let us start with introductions.'],
      ['raj-patel', 'I run product at Fluence.'],
      ['hannah-okoro', 'I lead innovation at National Grid.'],
      ['julia-park', 'Raj, what holds deployment back?'],
      ['raj-patel', 'Interconnection queues, mostly.'],
      ['li-wei', 'Financing is the other part.'],
    ]);
  });

  it('a title and an organisation, each after a comma, label a turn too ("Ines Duarte, CEO, Lumiere Retail:")', () => {
    const text = [
      'MODERATOR (Jane Smith): Welcome. Let us start with Ines.',
      '',
      'Ines Duarte, CEO, Lumiere Retail: We closed twelve stores in Lisbon.',
      '',
      'MODERATOR (Jane Smith): Tom?',
      '',
      'Tom Reyes, Chief Operating Officer, Vanta Apparel: We moved production to Morocco.',
    ].join('\n');
    expect(speakersOf(text)).toEqual([
      ['jane-smith', 'Welcome. Let us start with Ines.'],
      ['ines-duarte', 'We closed twelve stores in Lisbon.'],
      ['jane-smith', 'Tom?'],
      ['tom-reyes', 'We moved production to Morocco.'],
    ]);
  });

  it('"张蕾｜主持人：", "周宁 | 平安产险：": a name, a bar, then the role or where they come from', () => {
    const text = ['# 保险业圆桌', '', '张蕾｜主持人：今天请到周宁和姜兴。', '', '周宁 | 平安产险：谢谢。', '', '姜兴丨众安保险：我们增长很快。', '', '张蕾｜主持人：谢谢两位。'].join('\n');
    expect(speakersOf(text)).toEqual([
      ['张蕾', '今天请到周宁和姜兴。'],
      ['周宁', '谢谢。'],
      ['姜兴', '我们增长很快。'],
      ['张蕾', '谢谢两位。'],
    ]);
    const doc = extractText(text, 'panel');
    expect(doc.speakers.find((s) => s.label === '张蕾')?.role).toBe('host');
  });

  it('a sentence that opens with a name and a comma is no label', () => {
    const text = ['Host: Who funded you?', '', 'Guest: Sequoia did.', '', 'Host: And then?', '', 'Guest: Later, Tiger Global: they led the B round.'].join('\n');
    expect(speakersOf(text).map(([, t]) => t)).toContain('Later, Tiger Global: they led the B round.');
  });
});
