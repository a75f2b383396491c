// Tests for English product names with a model number (extract/stages/mentions/latin.ts): "the Kestrel 4" is one
// product, number included, not an organization called Kestrel.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text, 'products').entities;

describe('a name and a model number after "the/our" is a product', () => {
  it.each([
    ['Revenue was driven by our warehouse picking arm, the Kestrel 4, which we now ship to retailers.', 'Kestrel 4'],
    ['We will start shipping the Ardeno 12 in March.', 'Ardeno 12'],
  ])('%s → %s', (text, name) => {
    const es = entities(text);
    expect(es.find((e) => e.label === name)?.type).toBe('product');
    expect(es.filter((e) => e.label === name.split(' ')[0])).toEqual([]);
  });

  it.each([
    ['We were in the Top 10 last year, and the top 10 is hard to reach.', 'Top'],
    ['Our revenue grew 41% to $212 million; the Kestrel 4 percent figure is wrong.', 'Kestrel 4'],
  ])('no product from a ranking or a quantity: %s', (text, name) => {
    expect(entities(text).filter((e) => e.label === name && e.type === 'product')).toEqual([]);
  });
});

describe('a name before a hardware noun is a product', () => {
  it.each([
    ['We collaborate with the national centre, which hosts the Alps supercomputer.', 'Alps'],
    ['We use our cells in two Kestava prototypes now.', 'Kestava'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('product');
  });
});

describe('a model number or an edition word at the end of a name makes it a product', () => {
  it.each([
    ['The carrier will fly the Vantor A321neo on its long routes next year.', 'Vantor A321neo'],
    ['We train everything on Brightwave K220s in our own cluster.', 'Brightwave K220s'],
    ['Last week we demoed the agent on a MacBook Pro in front of the board.', 'MacBook Pro'],
    ['Our pilots flew the Z850 and liked it.', 'Z850'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('product');
  });

  it.each([
    ['Results for Nordwell Q3 came in above the guidance we gave.', 'Q3'],
    ['The delegates met again at COP28 in Dubai, as planned.', 'COP28'],
    ['Our friend Anna Max runs the lab in Leeds with Pedro Plus.', 'Anna Max'],
  ])('no product from a quarter, a summit or a person: %s', (text, name) => {
    expect(entities(text).filter((e) => e.label.includes(name) && e.type === 'product')).toEqual([]);
  });
});

describe('a name before a platform or interconnect noun is a product', () => {
  it.each([
    ['Their COUPE platform is already in development.', 'COUPE'],
    ['We ship the Lumora interconnect to three hyperscalers.', 'Lumora'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('product');
  });
});

describe('a product line named with its model number once', () => {
  it('"the Lumora M1000 interconnect", then "What does Lumora do?": Lumora is a product too', () => {
    const es = entities('We ship the Lumora M1000 interconnect to three hyperscalers. So what does Lumora actually do? Lumora moves data with light.');
    expect(es.find((e) => e.label === 'Lumora M1000')?.type).toBe('product');
    expect(es.find((e) => e.label === 'Lumora')?.type).toBe('product');
  });

  it('a maker before a model number stays what it is: "the Vantor A321neo" makes no product line "Vantor"', () => {
    const es = entities('The carrier will fly the Vantor A321neo next year, and the Vantor board agreed.');
    expect(es.find((e) => e.label === 'Vantor')?.type).not.toBe('product');
  });
});

describe('a name used and said to come from an organization is its product', () => {
  it('"We also use Tessaly from Korvath Labs for terrain": Tessaly is a product, Korvath Labs its maker', () => {
    const doc = extractText('**Guest:** We also use Tessaly from Korvath Labs for the terrain.\n\n**Host:** Nice.\n', 'doc');
    expect(doc.entities.find((e) => e.label === 'Tessaly')?.type).toBe('product');
    expect(doc.entities.find((e) => e.label === 'Korvath Labs')?.type).toBe('organization');
  });

  it('a person met "from" a company stays no product ("we hired Mara Osten from Korvath Labs")', () => {
    const doc = extractText('**Guest:** Last year we hired Mara Osten from Korvath Labs.\n\n**Host:** Nice.\n', 'doc');
    expect(doc.entities.find((e) => e.label === 'Mara Osten')?.type).toBe('person');
  });
});
