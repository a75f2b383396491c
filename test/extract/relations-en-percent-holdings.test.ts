// Tests for ownership told as a share (extract/data/relations.json en-holds-percent-of, en-holds-majority-of,
// en-holds-percent-us, en-holds-majority-us): "X holds 12 percent of Y", "X owns 75% of Y", and a guest on who owns
// their own organisation.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('ownership told as a percentage', () => {
  it.each([
    ['Ardent Capital holds 12 percent of Norwell Instruments.', 'Ardent Capital -INVESTED_IN-> Norwell Instruments'],
    ['Mubadala owns about 24% of Norwell Instruments.', 'Mubadala -INVESTED_IN-> Norwell Instruments'],
    ['Halvard Group owns 75 percent of Norwell Instruments.', 'Halvard Group -OWNS-> Norwell Instruments'],
    ['Ardent Capital still holds 9.5 per cent of the shares of Norwell Instruments.', 'Ardent Capital -INVESTED_IN-> Norwell Instruments'],
  ])('%s', (text, line) => {
    expect(relationsOf(`Host: ${text}\n\nGuest: Yes.\n`)).toContain(line);
  });

  it('a share of something else is no holding', () => {
    const lines = relationsOf("Host: Samsung holds 20 percent of Apple's orders, and Kestrel owns 30 percent of the market.\n\nGuest: Yes.\n");
    expect(lines.filter((l) => /INVESTED_IN|OWNS/.test(l))).toEqual([]);
  });

  it("a guest on their own organisation's owners: each holder of the share named", () => {
    const text = [
      'Chair: Who owns Northgrid?',
      '',
      'Helen Fry: I am Helen Fry, chief executive of Northgrid. Ardent Capital holds 40 percent, and Halvard Group owns 55 percent.',
    ].join('\n');
    const lines = relationsOf(text);
    expect(lines).toContain('Ardent Capital -INVESTED_IN-> Northgrid');
    expect(lines).toContain('Halvard Group -OWNS-> Northgrid');
  });
});

describe('a share bought, or owned in the passive', () => {
  it.each([
    ['Reliance Industries bought 49 percent of Oval Invincibles.', 'Reliance Industries -INVESTED_IN-> Oval Invincibles'],
    ['Ardent Capital has acquired 60% of Kestrel Foods.', 'Ardent Capital -OWNS-> Kestrel Foods'],
    ['Kestrel Foods is now 70 percent owned by Glazer Holdings.', 'Glazer Holdings -OWNS-> Kestrel Foods'],
    ['Kestrel Foods is 30 percent owned by Temasek.', 'Temasek -INVESTED_IN-> Kestrel Foods'],
  ])('%s', (text, line) => {
    expect(relationsOf(`Host: ${text}\n\nGuest: Yes.\n`)).toContain(line);
  });
});
