// Tests for Word documents (extract/stages/docx.ts, through extract/stages/read.ts): a .docx reads as the Markdown
// a person would have typed, so its speakers, sections and tables come out as they do from a text transcript.
// The two fixtures are written by test/fixtures/ingest/make-docx.py (python-docx on Word's blank template); the
// odd cases are zipped here from document.xml written by hand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { refusal } from './refusal.ts';
import { extractDocument } from '../../extract/index.ts';
import { readTranscript } from '../../extract/stages/read.ts';
import { segment } from '../../extract/stages/segment.ts';
import { context, relationLines } from './extract-text.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const dir = mkdtempSync(join(tmpdir(), 'turngraph-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
/** A .docx holding `body` (the inside of <w:body>) and, if given, styles.xml's <w:style> elements. */
function docx(name: string, body: string, styles = ''): string {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  if (styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`);
  const path = join(dir, name);
  writeFileSync(path, zipSync(files));
  return path;
}
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const turns = (path: string) => {
  const source = readTranscript(path);
  return segment(source).segments.map((s) => `${s.kind}|${s.speakerLabel ?? ''}|${s.section ?? ''}|${s.text}`);
};

describe('a Word transcript', () => {
  it('reads speakers, sections, a line break, escaped signs and a table of turns as a typed-up transcript would', () => {
    expect(turns(join(FIXTURES, 'interview.en.docx'))).toEqual([
      'narration|||Recorded 12 March 2026 in Berlin. Lena Fischer talks with Amara Okafor, the founder of Voltaic Labs. Edited for length & clarity.',
      'turn|Lena Fischer|Starting out|Amara, thanks for joining us. You spent eight years at Siemens Energy before you founded Voltaic Labs. Why leave?',
      // "Amara " and "Okafor:" are two bold runs; Word's line break inside the paragraph is a wrapped line
      "turn|Amara Okafor|Starting out|I wanted to build the batteries myself. At Siemens Energy I wrote specs for other people's cells. So in 2021 I left, and Voltaic Labs started in a garage in Leipzig with two engineers.",
      'turn|Lena Fischer|Starting out|Who backed you first?',
      'turn|Amara Okafor|Starting out|Breakthrough Energy Ventures led our seed round, and Northvolt became our first customer. Our cells run at 5*3 = 15 volts in a stack, so the "rule of thumb_1" does not apply.',
      'turn|Lena Fischer|Rapid fire|Favourite chemistry?',
      'turn|Amara Okafor|Rapid fire|Sodium-ion | for now.',
      'boilerplate||Rapid fire|Subscribe to the Grid Notes newsletter for more interviews.',
    ]);
    expect(segment(readTranscript(join(FIXTURES, 'interview.en.docx'))).document.title).toBe('Interview with Amara Okafor on grid storage');
  });

  it('gives the graph its people, organisations and relations, and the host named in the intro for 主持人', () => {
    const lines = (name: string) => {
      const doc = extractDocument(readTranscript(join(FIXTURES, name)), context);
      const label = new Map(doc.entities.map((e) => [e.key, e.label]));
      return { speakers: doc.turns.filter((t) => t.speaker).map((t) => label.get(t.speaker!)), relations: relationLines(doc) };
    };
    const en = lines('interview.en.docx');
    expect(en.relations).toEqual(expect.arrayContaining(['Amara Okafor -FOUNDED-> Voltaic Labs', 'Amara Okafor -WORKED_AT-> Siemens Energy', 'Breakthrough Energy Ventures -INVESTED_IN-> Voltaic Labs']));
    const zh = lines('duihua.zh.docx');
    expect(zh.speakers).toEqual(['王悦', '陈立', '王悦', '陈立']);
    expect(zh.relations).toEqual(expect.arrayContaining(['陈立 -FOUNDED-> 星储科技', '陈立 -WORKED_AT-> CATL']));
  });

  it('leaves out deleted revisions, field codes, text boxes and drawing fallbacks, and keeps inserted text', () => {
    const path = docx('revisions.docx', [
      para(run('Host:', true), run(' We met at '), '<w:del w:id="1"><w:r><w:delText>Google</w:delText></w:r></w:del>', '<w:ins w:id="2">', run('DeepMind'), '</w:ins>', run(' in London.')),
      para(run('Guest:', true), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('Our paper'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run(' is out.')),
      para(run('Host:', true), run(' Pull quote next.'), '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>', para(run('A quote in a box')), '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>', para(run('A quote in a box')), '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>'),
    ].join(''));
    expect(turns(path)).toEqual(['turn|Host||We met at DeepMind in London.', 'turn|Guest||Our paper is out.', 'turn|Host||Pull quote next.']);
  });

  it('finds headings by style name in a localised Word, and reads w:b="0", tabs, breaks and character references', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>';
    const path = docx('localised.docx', [
      `<w:p><w:pPr><w:pStyle w:val="Titel"/></w:pPr>${run('Gespräch &amp; Interview')}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr>${run('Teil 1')}</w:p>`,
      para(run('Moderatorin:', true), run(' Willkommen, Frau Weber.')),
      para(run('Anna Weber:', true), '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve"> Danke</w:t><w:tab/><w:t>&#8212; gern</w:t><w:br w:type="page"/><w:t xml:space="preserve"> &lt;3 &#x2764;</w:t></w:r>'),
      '<w:p/>',
    ].join(''), styles);
    const doc = segment(readTranscript(path));
    expect(doc.document.title).toBe('Gespräch & Interview');
    expect(doc.segments.map((s) => `${s.speakerLabel}|${s.section}|${s.text}`)).toEqual(['Moderatorin|Teil 1|Willkommen, Frau Weber.', 'Anna Weber|Teil 1|Danke\t— gern <3 ❤']);
  });

  it.each([
    ['a .docx cut off half way', () => {
      const whole = readFileSync(join(FIXTURES, 'interview.en.docx'));
      const path = join(dir, 'cut.docx');
      writeFileSync(path, whole.subarray(0, whole.length >> 1));
      return path;
    }, /cut\.docx: a damaged \.docx file \(it cannot be unzipped/],
    ['a zip archive with no Word body', () => {
      const path = join(dir, 'other.docx');
      writeFileSync(path, zipSync({ 'content.xml': strToU8('<office:document/>'), 'word/document.xml.bak': strToU8('') }));
      return path;
    }, /other\.docx: a zip archive with no Word document body in it/],
    ['a Word document with no text', () => docx('blank.docx', '<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>'), /blank\.docx: file is empty/],
  ])('refuses %s with one InputError line', (_, make, message) => {
    const path = make();
    expect(refusal(path)).toMatch(message);
  });
});
