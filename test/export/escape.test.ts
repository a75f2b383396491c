// Escaping for every export format, table-driven: Cypher string literals, CSV fields, XML text.
import { describe, expect, it } from 'vitest';
import { csvField, cypherLiteral, cypherString, xmlEscape } from '../../src/export/index.ts';

describe('cypherString', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nbreak\r\ttab', "'line\\nbreak\\r\\ttab'"],
    ['"double"', `'"double"'`],
    ['陶哲轩 🚀 é', "'陶哲轩 🚀 é'"],
    ['nul\u0000bell\u0007', "'nul\\u0000bell\\u0007'"],
    ['sep\u2028', "'sep\\u2028'"],
    ["\\'", "'\\\\\\''"],
  ])('%j', (input, expected) => {
    expect(cypherString(input)).toBe(expected);
  });
  it('writes lists, maps, numbers and refuses non-finite numbers', () => {
    expect(cypherLiteral({ a: [1, 2.5, 'x'], 'odd key': true, gone: null })).toBe("{a: [1, 2.5, 'x'], `odd key`: true}");
    expect(cypherLiteral(Number.NaN)).toBe('null');
    expect(cypherLiteral(1e-7)).toBe('1E-7');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['陶哲轩', '陶哲轩'],
  ])('%j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('xmlEscape', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape(`<a href="x">&'</a>\u0001\u0008ok`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;ok');
  });
});
