// Lines that are no words of anyone's and must not run into the text: a timestamp alone on its line (caption
// exports put one before every line), and a header line in capitals over its dateline.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('segment: caption exports and capitals headers', () => {
  it('timestamps alone on their lines are left out of the text, and "Claude⏎0:09" is no model "Claude 0"', () => {
    const text = ['0:00', 'hey everyone welcome back to the channel', '0:03', "today I'm sitting down with Sarah Lin from", '0:06', 'Anthropic to talk about Claude', '0:09', 'thanks for having me'].join('\n');
    const doc = extractText(text, 'captions');
    const words = doc.turns.map((t) => t.text).join('\n');
    expect(words).toBe("hey everyone welcome back to the channel today I'm sitting down with Sarah Lin from Anthropic to talk about Claude thanks for having me");
    expect(doc.entities.map((e) => e.label)).not.toContain('Claude 0');
    expect(doc.entities.map((e) => e.label)).toContain('Anthropic');
  });

  it('a caption export opening with "0:00" is titled by its file name, not "0:00"', () => {
    const text = ['0:00', 'hey everyone welcome back', '0:03', 'today we talk about Claude'].join('\n');
    expect(extractText(text, 'episode-12').document.title).toBe('episode-12');
  });

  it('a paragraph of timestamps only makes no empty turn', () => {
    const text = ['0:00', '', '0:03', '', 'Host: Hi.', '', 'Guest: Hello.', '', 'Host: Bye.', '', 'Guest: Bye.'].join('\n');
    expect(extractText(text, 'captions').turns.every((t) => t.text.trim() !== '')).toBe(true);
  });

  it('a line of a few words in capitals over a dateline stays its own line: no entity "… UNION Aired"', () => {
    const text = ['CNN STATE OF THE UNION', 'Aired March 3, 2025 - 09:00 ET', '', 'TAPPER: Welcome. Nvidia says the rules cost it billions.', '', 'RAIMONDO: Nvidia can still sell to China.', '', 'TAPPER: Thanks.', '', 'RAIMONDO: Thank you.'].join('\n');
    const doc = extractText(text, 'cnn');
    expect(doc.turns[0].text).toBe('CNN STATE OF THE UNION\nAired March 3, 2025 - 09:00 ET');
    expect(doc.entities.map((e) => e.label).filter((l) => /Aired/.test(l))).toEqual([]);
  });
});
