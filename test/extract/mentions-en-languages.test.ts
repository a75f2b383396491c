// Tests for the names of languages (extract/stages/mentions/latin.ts LANGUAGES, LANGUAGE_BEFORE, LANGUAGE_AFTER):
// "Tigrinya and Amharic into English", "she speaks Tlingit", "the Ket language" name no organization, as "English"
// names none.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe('a language is no organization', () => {
  it.each([
    ['Guest: I work from Tigrinya and Amharic into English, and some Arabic.', ['Tigrinya', 'Amharic', 'Arabic']],
    ['Guest: Our interpreters cover Somali, Oromo, Swahili and Pashto for the clinics.', ['Somali', 'Oromo', 'Swahili', 'Pashto']],
    ['Guest: My grandmother speaks Tlingit at home, and her sister spoke Haida.', ['Tlingit', 'Haida']],
    ['Guest: The Ket language has maybe twenty speakers left. I grew up in a Wakhi-speaking family.', ['Ket', 'Wakhi']],
  ])('%s', (text, languages) => {
    const found = labels(text);
    for (const l of languages) expect(found).not.toContain(l);
  });

  it('keeps a firm whose name holds a language: "Turkish Airlines", "Mandarin Oriental"', () => {
    const found = labels('Guest: I flew Turkish Airlines and stayed at the Mandarin Oriental in Bangkok.');
    expect(found).toContain('Turkish Airlines');
  });
});
