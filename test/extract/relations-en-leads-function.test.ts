// A person who leads a function or a team somewhere works there: "Dana Ruiz runs operations at Rivian", "X, who leads
// product at Stripe", "X leads the robotics team at Y"; the function noun before "at" also makes an unknown single
// name after it an organisation (Rivian is in no list).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Host:** ${text}\n\n**Guest:** Thanks for having me.\n`;

describe('a person leading a function at an organisation', () => {
  it.each([
    ["Today I'm talking with Dana Ruiz, who runs operations at Rivian.", 'Dana Ruiz -WORKS_AT-> Rivian'],
    ['My guest is Omar Haddad, who leads product at Stripe.', 'Omar Haddad -WORKS_AT-> Stripe'],
    ['Omar Haddad leads the robotics team at Stripe.', 'Omar Haddad -WORKS_AT-> Stripe'],
    ['Before that, Lena Fischer headed marketing for Shopify.', null],
    ['Lena Fischer heads marketing for Shopify.', 'Lena Fischer -WORKS_AT-> Shopify'],
  ])('%s', (text, line) => {
    const lines = relationsOf(doc(text));
    if (line) expect(lines).toContain(line);
    else expect(lines.filter((l) => l.includes('-WORKS_AT->'))).toEqual([]);
  });

  it('running something that is no function ("runs a marathon at Boston") gives no job', () => {
    expect(relationsOf(doc('Omar Haddad runs a marathon at Boston every year.')).filter((l) => l.includes('WORKS_AT'))).toEqual([]);
  });
});
