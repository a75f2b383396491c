// Tests for en-org-founded-by with companies as founders: a joint venture ("Fluence was founded by Siemens and AES").
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (words: string) => `Host: So, the news.\n\nGuest: ${words}\n\nHost: Thanks.\n\nGuest: Sure.`;

describe('en-org-founded-by: companies found a joint venture', () => {
  it('each founder company founded it', () => {
    const found = relationsOf(talk('Fluence was founded by Siemens and AES, and both still own a stake.'), 'jv');
    expect(found).toEqual(expect.arrayContaining(['Siemens -FOUNDED-> Fluence', 'AES -FOUNDED-> Fluence']));
  });
});
