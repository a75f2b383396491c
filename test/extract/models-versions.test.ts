// Model names whose version is a decimal or follows a qualifier: the whole name, not a shorter lexicon entry.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const models = (text: string) => extractText(`**Guest:** ${text}`).entities.filter((e) => e.type === 'model').map((e) => e.label).sort();

describe('mentions: model versions', () => {
  it('"Claude Sonnet 4.5" is that model, not Claude 4 (whose alias "Claude Sonnet 4" it starts with)', () => {
    expect(models('When Anthropic released Claude Sonnet 4.5, the cost per task dropped; Claude Opus 4.1 did not.'))
      .toEqual(['Claude Opus 4.1', 'Claude Sonnet 4.5']);
  });

  it('a lexicon name still matches when its own version has a decimal, and before a full stop', () => {
    expect(models('We moved from GPT-4 to GPT-4.1. Then to Llama 3.1.')).toEqual(['GPT-4', 'GPT-4.1', 'Llama 3.1']);
  });

  it('a qualifier before the version, and an upper-case V', () => {
    expect(models('DeepSeek-V3.1和Gemini Pro 1.5出来以后，我们就换了。')).toEqual(['DeepSeek-V3.1', 'Gemini Pro 1.5']);
  });
});

describe('an acronym and a number among drug words is no model', () => {
  const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}`).entities.find((e) => e.label === label)?.type;

  it('"our lead program, QX-204, is an antibody against TNF-7": a drug candidate and the molecule it targets', () => {
    const text = 'Our lead program, QX-204, is an antibody against TNF-7, and we expect to start dosing next year.';
    expect(typeOf(text, 'QX-204')).toBe('product');
    expect(typeOf(text, 'TNF-7')).toBe('concept');
  });

  it('a drug filing in capitals is no organization ("we file the IND with the FDA")', () => {
    const labels = extractText('**Guest:** We expect to file the IND next spring, then a BLA.').entities.map((e) => e.label);
    expect(labels).not.toContain('IND');
    expect(labels).not.toContain('BLA');
  });

  it('without drug words an acronym and a number stays a model ("we compared against GAIA-2")', () => {
    expect(typeOf('For driving video we compared against GAIA-2 from Wayve.', 'GAIA-2')).toBe('model');
  });
});
