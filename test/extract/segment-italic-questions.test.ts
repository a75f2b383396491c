// Magazines that set each question in italics and the answers as plain paragraphs ("*Who publishes you now?*"),
// and paragraphs wholly in italics (an editor's note): the asterisks are no part of the text.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const ARTICLE = [
  '# Ines Varga on building games at Ember Studios',
  '',
  '*Ines Varga is the studio head at Ember Studios in Budapest. This interview has been edited for length.*',
  '',
  '*How did Ember Studios start?*',
  '',
  'We were six people from Ubisoft. We shipped our first game, Ashfall, on Steam in 2021.',
  '',
  '_Who publishes you now?_',
  '',
  'Devolver Digital. They also helped us bring Ashfall to the Nintendo Switch.',
].join('\n');

describe('segment: questions in italics', () => {
  it('each italic question is the host\'s turn, the plain paragraph after it the introduced guest\'s answer', () => {
    const turns = extractText(ARTICLE, 'italic').turns.filter((t) => t.kind === 'turn');
    expect(turns.map((t) => [t.speaker, t.text])).toEqual([
      ['host@italic', 'How did Ember Studios start?'],
      ['ines-varga', 'We were six people from Ubisoft. We shipped our first game, Ashfall, on Steam in 2021.'],
      ['host@italic', 'Who publishes you now?'],
      ['ines-varga', 'Devolver Digital. They also helped us bring Ashfall to the Nintendo Switch.'],
    ]);
  });

  it('an intro wholly in italics reads without its asterisks', () => {
    const intro = extractText(ARTICLE, 'italic').turns.find((t) => t.kind === 'narration' && t.text.includes('studio head'))!;
    expect(intro.text).toBe('Ines Varga is the studio head at Ember Studios in Budapest. This interview has been edited for length.');
  });

  it('an italic line that asks nothing, or a sentence with *emphasis* inside, is left as it is', () => {
    const text = ['Host: What changed?', '', 'Guest: We *finally* shipped.', '', 'Host: Good.', '', 'Guest: *Very* good.'].join('\n');
    const turns = extractText(text, 'emphasis').turns.filter((t) => t.kind === 'turn');
    expect(turns.map((t) => t.text)).toEqual(['What changed?', 'We *finally* shipped.', 'Good.', '*Very* good.']);
  });
});
