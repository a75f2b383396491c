// A transcript saved as a web page reads as the same transcript written in Markdown: the article's speakers,
// sections and words, without the page's scripts, menus, related links, forms and footers' markup.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Lisa Su on chips | Tech Weekly</title>
<script>window.dataLayer = [];</script><style>.byline { color: gray; }</style></head>
<body>
<header><nav><ul><li><a href="/news">News</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article>
<h1>Lisa Su on chips, China and the AI boom</h1>
<p><em>AMD chief executive Lisa Su talked with our reporter Dan Ives about export rules.</em></p>
<h2>The new chip</h2>
<p><strong>Dan Ives:</strong> Thanks for joining us. Who is buying the MI355X?</p>
<p><strong>Lisa Su:</strong> Thank you, Dan. Microsoft and Oracle are deploying it this quarter,
and TSMC builds it in Taiwan.</p>
<h2>China</h2>
<p><strong>Dan Ives:</strong> What about the Commerce Department&rsquo;s export rules?</p>
<p><strong>Lisa Su:</strong> We follow the rules the Commerce Department sets.<br>It was a hard decision.</p>
<aside><h3>Related</h3><ul><li><a href="/a">Nvidia's new Blackwell chips</a></li></ul></aside>
<figure><img src="/su.jpg" alt="Lisa Su at CES"></figure>
</article></main>
<form><input type="email"><button>Sign up for Tech Weekly Plus</button></form>
<footer><p>&copy; 2026 Tech Weekly Media. All rights reserved.</p></footer>
<script src="/app.js"></script>
</body></html>`;

const MARKDOWN = `# Lisa Su on chips, China and the AI boom

AMD chief executive Lisa Su talked with our reporter Dan Ives about export rules.

## The new chip

**Dan Ives:** Thanks for joining us. Who is buying the MI355X?

**Lisa Su:** Thank you, Dan. Microsoft and Oracle are deploying it this quarter,
and TSMC builds it in Taiwan.

## China

**Dan Ives:** What about the Commerce Department’s export rules?

**Lisa Su:** We follow the rules the Commerce Department sets.
It was a hard decision.

© 2026 Tech Weekly Media. All rights reserved.
`;

const turns = (text: string) => extractText(text, 'page').turns.filter((t) => t.kind === 'turn').map((t) => [t.speakerLabel, t.section, t.text]);
const entities = (text: string) => extractText(text, 'page').entities.map((e) => `${e.type} ${e.label}`).sort();

describe('segment: web pages', () => {
  it('reads the article: speakers, sections and their words, titled by its <h1>', () => {
    const doc = extractText(PAGE, 'page');
    expect(doc.document.title).toBe('Lisa Su on chips, China and the AI boom');
    expect(turns(PAGE)).toEqual([
      ['Dan Ives', 'The new chip', 'Thanks for joining us. Who is buying the MI355X?'],
      ['Lisa Su', 'The new chip', 'Thank you, Dan. Microsoft and Oracle are deploying it this quarter, and TSMC builds it in Taiwan.'],
      ['Dan Ives', 'China', 'What about the Commerce Department’s export rules?'],
      ['Lisa Su', 'China', 'We follow the rules the Commerce Department sets. It was a hard decision.'],
    ]);
  });

  it('finds the entities the same article written in Markdown gives, none from the page around it', () => {
    const found = entities(PAGE);
    expect(found).toEqual(entities(MARKDOWN));
    expect(found.join('\n')).not.toMatch(/Blackwell|Nvidia|NVIDIA|dataLayer|Subscribe|Tech Weekly Plus/);
  });

  it('no markup reaches any text of the document', () => {
    const texts = extractText(PAGE, 'page').turns.map((t) => t.text).join('\n');
    expect(texts).not.toMatch(/<|>|&[a-z]+;|\*|window\.|\.byline/);
  });

  it('titles a page with no <h1> by its <title>', () => {
    const page = '<html><head><title>Interview: Jane Roe &amp; the grid</title></head><body><p><b>Host:</b> Welcome, Jane.</p><p><b>Jane Roe:</b> Thanks.</p></body></html>';
    expect(extractText(page, 'x').document.title).toBe('Interview: Jane Roe & the grid');
  });

  it('a Markdown transcript that quotes a tag is no web page', () => {
    const text = '**Host:** Some sites still start with <html> and nothing else.\n\n**Jane Roe:** Right.';
    expect(extractText(text, 'x').turns.filter((t) => t.kind === 'turn')[0].text).toBe('Some sites still start with <html> and nothing else.');
  });
});
