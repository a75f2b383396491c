// Stable node keys: the same canonical label always gives the same key, in every document and run.

/** Key of an entity from its canonical label: lower-cased, spaces and punctuation folded to "-". */
export function entityKey(label: string): string {
  const key = label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—/\\.,:;'"’‘“”()（）·・]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return key || label;
}

/** Key of a speaker the transcript never names (an unnamed host): one node per document. */
export function hostKey(documentId: string): string {
  return `host@${documentId}`;
}

/** Key of a guest the transcript never names: one node per document, like hostKey. */
export function guestKey(documentId: string): string {
  return `guest@${documentId}`;
}

/** Id of a turn: the document id and the segment's index. */
export function turnId(documentId: string, index: number): string {
  return `${documentId}#${index}`;
}
