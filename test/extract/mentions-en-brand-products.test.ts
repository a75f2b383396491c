// Tests for a brand and one more word (extract/stages/mentions/latin.ts brandProducts): "CrowdStrike Falcon" and
// "Microsoft Defender" name the brand's product, not a second company holding the brand's name.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities;

describe('a brand and one more title-case word name its product', () => {
  it.each([
    ['A faulty update to NorthStrike Osprey crashed 8.5 million machines.', 'NorthStrike', 'Osprey'],
    ['We run SentryOne Bastion on the servers.', 'SentryOne', 'Bastion'],
    ['Our laptops run Microsoft Defender for Endpoint.', 'Microsoft', 'Defender'],
  ])('%s → %s and its product %s', (text, brand, product) => {
    const es = entities(text);
    expect(es.find((e) => e.label === brand)?.type).toBe('organization');
    expect(es.find((e) => e.label === product)?.type).toBe('product');
  });

  it('the panellist works at the brand, not at its product', () => {
    const doc = extractText('Panellists: Daniel Osei, VP of threat intelligence at NorthStrike.\n\nDANIEL OSEI: A faulty update to NorthStrike Osprey crashed 8.5 million machines.\n');
    // The speaker's label may keep the capitals of the turn label; the relation is what matters here.
    expect(relationLines(doc).map((l) => l.toLowerCase())).toContain('daniel osei -works_at-> northstrike');
  });

  it.each([
    // Two ordinary words stay one company (a short form may follow); a place after a brand is no product.
    ['Vantor Launch is a small-launch startup. Vantor flew in March.', 'Launch'],
    ['We opened DataCorp Europe last year.', 'Europe'],
  ])('%s has no product %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).not.toBe('product');
  });
});
