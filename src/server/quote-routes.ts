// The on-demand endpoints of a graph file, as a status and a JSON body from the query string: /:name/mentions?node=KEY,
// /spoken?node=KEY, /documents?node=KEY, /evidence?edge=KEY (each &offset=&limit=; &document=ID instead: its turn ids
// there), /turns?document=ID or ?ids=…, /entities?document=ID (entities, relations' evidence there) or ?speaker=KEY.
import { MAX_QUOTE_PAGE, documentEntities, evidenceQuotes, evidenceTurns, mentionQuotes, nodeDocuments, speakerEntities, spokenQuotes, stripTurns, turnDetail, type QuoteStore } from './quotes.ts';
import { MAX_TURN_IDS, parseTurnIds } from './turns.ts';

export type QuoteRoute = 'mentions' | 'spoken' | 'documents' | 'evidence' | 'turns' | 'entities';

/** Quotes a page holds when the request names no limit (the details panel's first page). */
export const DEFAULT_QUOTE_PAGE = 30;
/** Longest key or id accepted (graph keys are short slugs; this only bounds what is looked up). */
const MAX_KEY_LENGTH = 1000;

export interface Answer {
  status: number;
  body: unknown;
}

const bad = (error: string): Answer => ({ status: 400, body: { error } });
const missing = (error: string): Answer => ({ status: 404, body: { error } });

export function answerQuotes(store: QuoteStore, route: QuoteRoute, params: URLSearchParams): Answer {
  if (route === 'turns') return answerTurns(store, params);
  if (route === 'entities') return answerEntities(store, params);
  const param = route === 'evidence' ? 'edge' : 'node';
  const key = params.get(param);
  if (!key) return bad(`${route}: ?${param}=<${param} key> is required`);
  if (key.length > MAX_KEY_LENGTH) return bad(`${route}: ${param} key longer than ${MAX_KEY_LENGTH} characters`);
  const document = route === 'evidence' ? params.get('document') : null;
  if (document !== null) {
    const turns = evidenceTurns(store, key, document);
    return turns ? { status: 200, body: { edge: key, document, turns } } : missing(`${route}: no ${param} "${key.slice(0, 80)}" in this graph`);
  }
  const range = pageRange(params);
  if (typeof range === 'string') return bad(`${route}: ${range}`);
  const found = route === 'evidence' ? evidenceQuotes(store, key, range.offset, range.limit)
    : route === 'spoken' ? spokenQuotes(store, key, range.offset, range.limit)
      : route === 'documents' ? nodeDocuments(store, key, range.offset, range.limit)
        : mentionQuotes(store, key, range.offset, range.limit);
  return found ? { status: 200, body: found } : missing(`${route}: no ${param} "${key.slice(0, 80)}" in this graph`);
}

function answerTurns(store: QuoteStore, params: URLSearchParams): Answer {
  const document = params.get('document');
  if (document !== null) {
    if (!document || document.length > MAX_KEY_LENGTH) return bad('turns: ?document=<document id> must name a document');
    const turns = stripTurns(store, document);
    return turns ? { status: 200, body: { document, turns } } : missing(`turns: no document "${document.slice(0, 80)}" in this graph`);
  }
  const ids = parseTurnIds(params.get('ids'));
  if (ids.length === 0) return bad('turns: give ?document=<document id>, or ?ids= with one or more turn ids, comma-separated');
  if (ids.length > MAX_TURN_IDS) return bad(`turns: at most ${MAX_TURN_IDS} turn ids per request (got ${ids.length})`);
  // Unknown ids are left out: the viewer reads a turn it was not given as gone.
  const turns: Record<string, unknown> = {};
  for (const id of ids) {
    const detail = turnDetail(store, id);
    if (detail) turns[id] = detail;
  }
  return { status: 200, body: { turns } };
}

function answerEntities(store: QuoteStore, params: URLSearchParams): Answer {
  const speaker = params.get('speaker');
  if (speaker && speaker.length <= MAX_KEY_LENGTH) return { status: 200, body: { speaker, entities: speakerEntities(store, speaker) } };
  const document = params.get('document');
  if (!document || document.length > MAX_KEY_LENGTH) return bad('entities: ?document=<document id> or ?speaker=<node key> is required');
  return { status: 200, body: { document, ...documentEntities(store, document) } };
}

/** ?offset=&limit= as whole numbers (limit 1…MAX_QUOTE_PAGE), or what is wrong with them. */
function pageRange(params: URLSearchParams): { offset: number; limit: number } | string {
  const read = (name: string, fallback: number) => {
    const raw = params.get(name);
    return raw === null ? fallback : /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  };
  const offset = read('offset', 0);
  const limit = read('limit', DEFAULT_QUOTE_PAGE);
  if (!Number.isInteger(offset)) return `offset must be a whole number, got "${String(params.get('offset')).slice(0, 40)}"`;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUOTE_PAGE) return `limit must be a whole number from 1 to ${MAX_QUOTE_PAGE}, got "${String(params.get('limit')).slice(0, 40)}"`;
  return { offset, limit };
}
