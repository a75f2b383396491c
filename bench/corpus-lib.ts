// Seeded, deterministic generator of synthetic interview transcripts (zh, en, code-switched), in memory.
// Used by `npm run bench:corpus`, the benches and the tests; same options + seed → same bytes.
import * as V from './vocab.ts';
import * as T from './templates.ts';
import { mulberry32 } from '../src/graph/random.ts';

export type CorpusLang = 'zh' | 'en' | 'mixed';
export type DocLang = 'zh' | 'en' | 'mixed';
/** How speaker turns are marked in a document. */
export type TurnStyle = 'zh-article' | 'zh-plain' | 'en-podcast' | 'en-plain' | 'qa';

export interface CorpusOptions {
  /** Number of documents. */
  docs: number;
  /** zh or en: every document in that language; mixed: a third each of zh, en and code-switched documents. */
  lang: CorpusLang;
  /** Target size of the whole corpus in bytes (UTF-8); split evenly over the documents. */
  sizeBytes?: number;
  seed: number;
}

export const DEFAULT_DOC_BYTES = 24_000;

export interface GeneratedDoc {
  /** File name, e.g. "synth-00042.zh.md"; sorting the names gives generation order. */
  name: string;
  lang: DocLang;
  style: TurnStyle;
  text: string;
  /** Speakers as the transcript names them in full (host first). */
  speakers: string[];
}

export class CorpusOptionsError extends Error {
  constructor(message: string) {
    super(`turngraph bench:corpus: ${message}`);
    this.name = 'CorpusOptionsError';
  }
}

export function validateCorpusOptions(o: CorpusOptions): CorpusOptions {
  if (!Number.isInteger(o.docs) || o.docs < 1) throw new CorpusOptionsError(`--docs must be a positive integer, got ${o.docs}`);
  if (!['zh', 'en', 'mixed'].includes(o.lang)) throw new CorpusOptionsError(`--lang must be zh, en or mixed, got ${o.lang}`);
  if (o.sizeBytes !== undefined && !(o.sizeBytes >= 1000 * o.docs)) {
    throw new CorpusOptionsError(`--size must leave at least 1 KB per document (got ${o.sizeBytes} bytes for ${o.docs} docs)`);
  }
  if (!Number.isInteger(o.seed)) throw new CorpusOptionsError(`--seed must be an integer, got ${o.seed}`);
  return o;
}

/** Every document of the corpus, generated lazily in order (memory stays at one document). */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedDoc> {
  validateCorpusOptions(options);
  for (let i = 0; i < options.docs; i++) yield generateDocument(i, options);
}

/** Document `index` of the corpus described by `options`, independent of the other documents. */
export function generateDocument(index: number, options: CorpusOptions): GeneratedDoc {
  const docBytes = options.sizeBytes ? Math.floor(options.sizeBytes / options.docs) : DEFAULT_DOC_BYTES;
  const rng = mulberry32(hash32(`${options.seed}:${index}`));
  const lang: DocLang = options.lang === 'mixed' ? (['zh', 'en', 'mixed'] as const)[index % 3] : options.lang;
  const styles: TurnStyle[] = lang === 'en' ? ['en-podcast', 'en-podcast', 'en-plain', 'qa'] : lang === 'zh' ? ['zh-article', 'zh-article', 'zh-plain', 'qa'] : ['zh-article'];
  const style = pick(rng, styles);
  const text = new DocWriter(rng, lang, style, docBytes).write();
  const ext = style === 'zh-plain' || style === 'en-plain' ? 'txt' : 'md';
  return { name: `synth-${String(index).padStart(5, '0')}.${lang}.${ext}`, lang, style, text: text.body, speakers: text.speakers };
}

interface Speaker {
  full: string;
  /** How later turns name them (first name, surname or role). */
  short: string;
  role: 'host' | 'guest';
}

class DocWriter {
  private out: string[] = [];
  private bytes = 0;
  private readonly zh: boolean;
  private readonly host: Speaker;
  private readonly guests: Speaker[];

  constructor(private rng: () => number, private lang: DocLang, private style: TurnStyle, private target: number) {
    this.zh = lang !== 'en';
    this.host = { ...this.person(false), role: 'host' };
    const n = 1 + (rng() < 0.3 ? 1 : 0);
    this.guests = Array.from({ length: n }, () => ({ ...this.person(rng() < 0.5), role: 'guest' as const }));
  }

  write(): { body: string; speakers: string[] } {
    this.header();
    const trailer = this.trailer();
    const trailerBytes = byteLength(trailer);
    let turn = 0;
    let topic = 0;
    while (this.bytes + trailerBytes < this.target || turn < 2) {
      if (turn > 0 && turn % 8 === 0 && this.style !== 'qa') this.section(topic++);
      this.turn(turn++);
    }
    this.push(trailer);
    return { body: this.out.join(''), speakers: [this.host, ...this.guests].map((s) => s.full) };
  }

  private push(s: string): void {
    this.out.push(s);
    this.bytes += byteLength(s);
  }

  private header(): void {
    if (this.style === 'zh-article') {
      this.push(`# ${this.fill(pick(this.rng, T.ZH_TITLES), true)}\n\n文章作者: AI深度研究员\n发布时间: 2024-${pad(1 + this.int(12))}-${pad(1 + this.int(28))} ${pad(this.int(24))}:${pad(this.int(60))}\n发布地: ${pick(this.rng, ['上海', '北京', '深圳'])}\n原文链接: http://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=${this.int(1e9)}&idx=1#rd\n\n**（关注公众号并设为🌟标，获取最新人工智能资讯和产品）**\n\n`);
      for (const intro of T.ZH_INTROS) this.push(`${this.wrap(this.fill(intro, true))}\n\n`);
      this.push('# 文稿整理\n\n');
    } else if (this.style === 'en-podcast') {
      this.push(`# ${this.fill(pick(this.rng, T.EN_TITLES), false)}\n\n`);
      for (const intro of T.EN_INTROS) this.push(`${this.fill(intro, false)}\n\n`);
    } else {
      this.push(`${this.fill(pick(this.rng, this.zh ? T.ZH_TITLES : T.EN_TITLES), this.zh)}\n\n`);
    }
  }

  private section(topic: number): void {
    const topics = this.zh ? V.ZH_TOPICS : V.EN_TOPICS;
    const title = topics[(topic + this.int(topics.length)) % topics.length];
    this.push(this.style === 'zh-plain' ? `${topic + 1}、${title}\n\n` : `## ${this.zh ? `${topic + 1}、` : ''}${title}\n\n`);
  }

  private turn(i: number): void {
    const speaker = i % 2 === 0 ? this.host : this.guests[Math.floor(i / 2) % this.guests.length];
    const sentences = speaker.role === 'host' ? 1 + this.int(2) : 2 + this.int(6);
    const parts: string[] = [];
    if (i === 0 && speaker.role === 'host') parts.push(this.zh ? `${this.guests[0].short}，欢迎来到我们的节目。` : `${this.guests[0].short}, welcome to the show.`);
    for (let s = 0; s < sentences; s++) parts.push(this.sentence(speaker.role === 'host' && s === sentences - 1));
    // Chinese sentences join without a space; an English sentence is followed by one, as in real code-switched text.
    const text = parts.reduce((acc, part) => (acc === '' ? part : /[\x21-\x7e]$/.test(acc) ? `${acc} ${part}` : acc + part), '');
    this.push(`${this.marker(speaker, i)}${this.style === 'zh-article' || this.style === 'en-plain' ? this.wrap(text) : text}\n\n`);
  }

  /** The turn marker in this document's style: first mention with role and full name, then shorter forms. */
  private marker(sp: Speaker, i: number): string {
    const first = i < 2;
    const colon = this.zh ? '：' : ':';
    switch (this.style) {
      case 'zh-article': {
        const label = sp.role === 'host' ? (first ? `主持人${sp.full}` : '主持人') : first ? `嘉宾${sp.full}` : sp.full;
        const nextLine = this.rng() < 0.3;
        return label === '主持人' && this.rng() < 0.5 ? `**主持人**${nextLine ? '\n' : ' '}` : `**${label}${colon}**${nextLine ? '\n' : ' '}`;
      }
      case 'zh-plain':
        return `${first ? sp.full : sp.short}${colon}`;
      case 'en-podcast': {
        const ts = `[${pad(Math.floor(i / 30))}:${pad((i * 2) % 60)}:${pad(this.int(60))}]`;
        return `**${sp.full}:** ${this.rng() < 0.4 ? `${ts} ` : ''}`;
      }
      case 'en-plain':
        return `${first ? (sp.role === 'host' ? `Host ${sp.full}` : sp.full) : sp.short}: `;
      case 'qa':
        return sp.role === 'host' ? 'Q: ' : 'A: ';
    }
  }

  private sentence(question: boolean): string {
    const english = this.lang === 'en' || (this.lang === 'mixed' && this.rng() < 0.2);
    const pool = question ? (english ? T.EN_QUESTIONS : T.ZH_QUESTIONS) : english ? T.EN_SENTENCES : T.ZH_SENTENCES;
    return this.fill(pick(this.rng, pool), !english);
  }

  /** Fills the slots of a template; Chinese text uses the Chinese form of a name most of the time (less when mixed). */
  private fill(template: string, zh: boolean): string {
    const zhShare = this.lang === 'mixed' ? 0.4 : 0.8;
    const form = (term: V.Term) => (zh && this.rng() < zhShare ? term.zh : term.en);
    return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'P': return form(pick(this.rng, V.PEOPLE));
        case 'O': return form(pick(this.rng, V.ORGS));
        case 'G': return form(pick(this.rng, V.GOVERNMENTS));
        case 'M': return form(pick(this.rng, V.MODELS));
        case 'B': return form(pick(this.rng, V.BENCHMARKS));
        case 'L': return form(pick(this.rng, V.PLACES));
        case 'C': return form(pick(this.rng, V.CONCEPTS));
        case 'N': return this.person(false).full;
        case 'X': return zh ? pick(this.rng, V.ZH_ORG_STEMS) + pick(this.rng, V.ZH_ORG_SUFFIX) : `${pick(this.rng, V.EN_ORG_STEMS)} ${pick(this.rng, V.EN_ORG_SUFFIX)}`;
        case 'NUM': return String(1 + this.int(99_999));
        default: return slot;
      }
    });
  }

  /** A person: a known figure of the field, or an invented name nobody's list contains. */
  private person(known: boolean): { full: string; short: string } {
    if (known) {
      const p = pick(this.rng, V.PEOPLE);
      return this.zh && p.zh !== p.en && this.rng() < 0.5 ? { full: p.zh, short: p.zh } : { full: p.en, short: p.en.split(' ')[0] };
    }
    if (this.zh && this.rng() < 0.6) {
      const name = pick(this.rng, V.ZH_SURNAMES) + pick(this.rng, V.ZH_GIVEN);
      return { full: name, short: name };
    }
    const first = pick(this.rng, V.EN_FIRST);
    return { full: `${first} ${pick(this.rng, V.EN_LAST)}`, short: first };
  }

  /** Hard-wraps a paragraph the way WeChat exports do: a break replaces a space once a line passes ~60 chars. */
  private wrap(text: string): string {
    const width = this.zh ? 60 : 78;
    let line = 0;
    let out = '';
    for (const ch of text) {
      if (ch === ' ' && line >= width) {
        out += '\n';
        line = 0;
      } else {
        out += ch;
        line++;
      }
    }
    return out;
  }

  private trailer(): string {
    const lines = this.style === 'zh-article' ? T.ZH_TRAILER : this.zh ? [] : T.EN_TRAILER;
    return lines.map((l) => this.fill(l, this.zh)).join('\n');
  }

  private int(n: number): number {
    return Math.floor(this.rng() * n);
  }
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export { mulberry32 };

/** FNV-1a 32-bit hash of a string, for deriving per-document seeds. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
