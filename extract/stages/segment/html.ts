// A transcript saved as a web page: the article's HTML turned into the Markdown the rest of segmentation reads
// (bold speaker labels, headings as sections, paragraphs, line breaks), by turndown, with what a page holds besides
// the article (scripts, styles, menus, forms, images) left out.
import { createRequire } from 'node:module';
import type TurndownService from 'turndown';

// Loaded at the first web page, not at start: most corpora have none, and every worker thread would pay for it.
const require = createRequire(import.meta.url);

/** An HTML document: a doctype or an <html>, <head> or <body> tag first, after any comments. */
const HTML_START = /^\s*(?:<!--[\s\S]{0,2000}?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** Whether the text is a web page rather than a plain or Markdown transcript (read from its first characters). */
export function isHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

/** Elements that are no part of what anyone said (an <aside> holds related links, pull quotes): dropped with their contents. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'HEAD', 'TITLE', 'NAV', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);

let service: TurndownService | null = null;
function turndown(): TurndownService {
  if (service) return service;
  const Turndown = require('turndown') as typeof TurndownService;
  service = new Turndown({ headingStyle: 'atx', strongDelimiter: '**', emDelimiter: '*', bulletListMarker: '-', codeBlockStyle: 'fenced', hr: '---' });
  // A rule of its own (not `remove`): turndown's own image rule would otherwise come first.
  service.addRule('dropped', { filter: (node) => DROPPED.has(node.nodeName.toUpperCase()), replacement: () => '' });
  // Emphasis says nothing about who speaks (bold does: "**Name:**"), and a lone "*" would stay in the text.
  service.addRule('plainEmphasis', { filter: ['em', 'i'], replacement: (content) => content });
  return service;
}

const TITLE = /<title[^>]*>([\s\S]{0,2000}?)<\/title>/i;
const H1 = /<h1[\s>]/i;

/**
 * The page as Markdown. When the article has no <h1>, the page's <title> becomes the document's "# " heading, so the
 * graph names the document by it (a title's site suffix, "… | Site", stays: it is part of what the page says).
 */
export function htmlToMarkdown(html: string): string {
  const markdown = turndown().turndown(html).trim();
  const title = TITLE.exec(html)?.[1];
  if (!title || H1.test(html)) return `${markdown}\n`;
  const heading = turndown().turndown(`<p>${title}</p>`).replace(/\s+/g, ' ').trim();
  return heading ? `# ${heading}\n\n${markdown}\n` : `${markdown}\n`;
}
