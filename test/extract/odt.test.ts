// Tests for OpenDocument text (extract/stages/odt.ts, through extract/stages/read.ts): an .odt saved by LibreOffice
// or downloaded from Google Docs reads as the Markdown a person would have typed, as a Word document does.
// interview.en.odt is written by test/fixtures/ingest/make-odt.py in LibreOffice's layout, with the words of
// interview.en.docx; the odd cases are zipped here from content.xml written by hand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { refusal } from './refusal.ts';
import { extractDocument } from '../../extract/index.ts';
import { readTranscript } from '../../extract/stages/read.ts';
import { segment } from '../../extract/stages/segment.ts';
import { discoverInputs } from '../../src/build/discover.ts';
import { context, relationLines } from './extract-text.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const dir = mkdtempSync(join(tmpdir(), 'turngraph-odt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
const BOLD = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style><style:style style:name="P9" style:family="paragraph"><style:text-properties fo:font-weight="700"/></style:style>';

/** An .odt whose content.xml holds `body` inside <office:text> (or, with `kind`, another office body). */
function odt(name: string, body: string, kind = 'text', mimetype = 'application/vnd.oasis.opendocument.text'): string {
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS}><office:automatic-styles>${BOLD}</office:automatic-styles><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`;
  const path = join(dir, name);
  writeFileSync(path, zipSync({ mimetype: [strToU8(mimetype), { level: 0 }], 'content.xml': strToU8(content), 'META-INF/manifest.xml': strToU8('<manifest:manifest/>') }));
  return path;
}
const turns = (path: string) => segment(readTranscript(path)).segments.map((s) => `${s.kind}|${s.speakerLabel ?? ''}|${s.section ?? ''}|${s.text}`);

describe('an OpenDocument transcript', () => {
  it('reads as the same transcript saved from Word does: title, sections, bold names split in spans, a table of turns', () => {
    const odtPath = join(FIXTURES, 'interview.en.odt');
    expect(turns(odtPath)).toEqual(turns(join(FIXTURES, 'interview.en.docx')));
    expect(turns(odtPath)).toContain(
      // "Amara", " " and "Okafor:" are three spans (the space's style inherits bold); the line break is a wrapped line
      "turn|Amara Okafor|Starting out|I wanted to build the batteries myself. At Siemens Energy I wrote specs for other people's cells. So in 2021 I left, and Voltaic Labs started in a garage in Leipzig with two engineers.",
    );
    expect(segment(readTranscript(odtPath)).document.title).toBe('Interview with Amara Okafor on grid storage');
  });

  it('leaves out the tracked deletion, the comment and the footnote', () => {
    const text = readTranscript(join(FIXTURES, 'interview.en.odt')).text;
    expect(text).not.toMatch(/Google|check the round|bankruptcy/);
  });

  it('gives the graph its people, organisations and relations', () => {
    const doc = extractDocument(readTranscript(join(FIXTURES, 'interview.en.odt')), context);
    expect(relationLines(doc)).toEqual(expect.arrayContaining(['Amara Okafor -FOUNDED-> Voltaic Labs', 'Amara Okafor -WORKED_AT-> Siemens Energy', 'Breakthrough Energy Ventures -INVESTED_IN-> Voltaic Labs']));
  });

  it('collapses white space as OpenDocument does, and keeps <text:s>, tabs, list items, bold paragraph styles and spans set back to normal', () => {
    const path = odt('spaces.odt', [
      '<text:h text:outline-level="3">Teil\n   eins</text:h>',
      '<text:p><text:span text:style-name="T1">Moderatorin:</text:span>\n  Willkommen,<text:s text:c="2"/>Frau Weber.</text:p>',
      '<text:p text:style-name="P9">Anna Weber:<text:span text:style-name="T2"> Danke<text:tab/>&#8212; gern &lt;3</text:span></text:p>',
      '<text:list><text:list-item><text:p>erstens</text:p><text:p>noch dazu</text:p></text:list-item><text:list-item><text:p>zweitens</text:p></text:list-item></text:list>',
      '<text:p/>',
    ].join(''));
    expect(readTranscript(path).text).toBe('### Teil eins\n\n**Moderatorin:** Willkommen,  Frau Weber.\n\n**Anna Weber:** Danke\t— gern <3\n\n- erstens\n\nnoch dazu\n\n- zweitens\n');
    // The list after Anna Weber's words is hers, as it is in a text transcript.
    expect(turns(path)).toEqual(['turn|Moderatorin|Teil eins|Willkommen,  Frau Weber.', 'turn|Anna Weber|Teil eins|Danke\t— gern <3\n- erstens\nnoch dazu\n- zweitens']);
  });

  it('is picked up by a folder scan, after a .docx of the same transcript and before its .txt', () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    odt(join(folder.slice(dir.length + 1), 'talk.odt'), '<text:p>Host: hi</text:p>');
    writeFileSync(join(folder, 'talk.txt'), 'Host: hi\n');
    writeFileSync(join(folder, 'notes.odt'), readFileSync(join(FIXTURES, 'interview.en.odt')));
    const found = discoverInputs([folder]).map((input) => `${input.path.slice(folder.length + 1)}${input.alsoAs ? ` (not ${input.alsoAs.map((p) => p.slice(folder.length + 1)).join(', ')})` : ''}`);
    expect(found).toEqual(['notes.odt', 'talk.odt (not talk.txt)']);
  });

  it.each([
    ['an .odt cut off half way', () => {
      const whole = readFileSync(join(FIXTURES, 'interview.en.odt'));
      const path = join(dir, 'cut.odt');
      writeFileSync(path, whole.subarray(0, whole.length >> 1));
      return path;
    }, /cut\.odt: a damaged \.odt file \(it cannot be unzipped/],
    ['a spreadsheet saved as .ods', () => odt('sheet.ods', '<table:table/>', 'spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet'), /sheet\.ods: an OpenDocument file but not a text document \(a spreadsheet or presentation\?\)/],
    ['an OpenDocument text with no words', () => odt('blank.odt', '<text:p/><text:p>  <text:s text:c="3"/></text:p>'), /blank\.odt: file is empty/],
  ])('refuses %s with one InputError line', (_, make, message) => {
    expect(refusal(make())).toMatch(message);
  });
});
