// Telling apart nodes that share a label ("Guest (guest)" of three transcripts): each gets a short title of its
// document as a hint, shown beside the label in the search, the Speaker filter and the details title. Pure.
import type { DocumentInfo } from '../../../src/model.ts';
import type { ViewerGraph } from '../../../src/server/payload.ts';

/** A labelled thing and the documents it belongs to (a node, or a speaker known only from its turns). */
export interface Named {
  key: string;
  label: string;
  /** Its documents, or the first of them (`documentCount` says how many there are). */
  documents: readonly string[];
  documentCount?: number;
}

/** Display width a document hint starts at (a CJK character counts 2); widened while hints still collide. */
export const HINT_WIDTH = 34;
const HINT_WIDEN = 16;

/**
 * For each entry whose label another entry shares: a hint naming its document (its title shortened, widened
 * until the group's hints differ; the document id when the titles are the same). Unique labels get no hint.
 */
export function documentHints(entries: Iterable<Named>, documents: readonly DocumentInfo[]): Map<string, string> {
  const titles = new Map(documents.map((d) => [d.id, (d.title ?? '').replace(/\s+/g, ' ').trim() || d.id]));
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const groups = new Map<string, Named[]>();
  for (const entry of entries) {
    const group = groups.get(entry.label) ?? [];
    group.push(entry);
    groups.set(entry.label, group);
  }
  const hints = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const firsts = group.map((e) => [...e.documents].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9))[0] ?? null);
    // No document: the key is all there is to tell it by.
    const full = group.map((e, i) => (firsts[i] === null ? e.key : titles.get(firsts[i]!) ?? firsts[i]!));
    const widest = 2 * full.reduce((most, t) => Math.max(most, t.length), 0);
    let width = HINT_WIDTH;
    let short = full.map((t) => shortenTitle(t, width));
    while (!distinct(short) && width < widest) {
      width += HINT_WIDEN;
      short = full.map((t) => shortenTitle(t, width));
    }
    // Same titles: the document id (or the key) is what differs.
    if (!distinct(short)) short = group.map((e, i) => firsts[i] ?? e.key);
    group.forEach((entry, i) => {
      const more = Math.max(entry.documents.length, entry.documentCount ?? 0) - 1;
      hints.set(entry.key, more > 0 ? `${short[i]} +${more}` : short[i]);
    });
  }
  return hints;
}

/** Hints for every node of the graph whose label another node shares. */
export function nodeHints(graph: ViewerGraph): Map<string, string> {
  return documentHints(graph.mapNodes((key, node) => ({ key, label: node.label, documents: node.documents ?? [], documentCount: node.documentCount })), graph.getAttribute('documents'));
}

/** The label with its hint, as one line of text ("Guest (guest) — Inside Meta: a conversation…"). */
export function withHint(label: string, hint: string | undefined): string {
  return hint ? `${label} — ${hint}` : label;
}

/** Cuts a title to about `width` columns (CJK characters count two), at a word end when there is one near. */
export function shortenTitle(title: string, width = HINT_WIDTH): string {
  const chars = [...title.replace(/\s+/g, ' ').trim()];
  let used = 0;
  let cut = chars.length;
  for (let i = 0; i < chars.length; i++) {
    used += columns(chars[i]);
    if (used > width) {
      cut = i;
      break;
    }
  }
  if (cut === chars.length) return chars.join('');
  const head = chars.slice(0, cut).join('');
  // Latin text: back up to the last space if it keeps most of the width.
  const space = head.lastIndexOf(' ');
  const kept = space > head.length * 0.6 ? head.slice(0, space) : head;
  return `${kept.replace(/[\s:：,，;；·、\-–—]+$/u, '')}…`;
}

function columns(char: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
}

function distinct(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
