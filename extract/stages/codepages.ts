// Windows-1252, which Node's TextDecoder reads as Latin-1: its signs at 0x80–0x9F (curly quotes, dashes, €) come
// out as control codes there. Used for legacy text files (read.ts) and RTF's \'hh escapes (rtf.ts).

const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Bytes in Windows-1252 as text. */
export function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}
