// Name normalisation used to match graph nodes to gold entities: one key per way of writing a name.
// Folds case, full/half width (NFKC), accents, spaces, hyphens/dashes, underscores and middle dots.

/** "GPT-4" = "gpt 4" = "ＧＰＴ－４"; "Cristóbal" = "Cristobal"; "O3 模型" = "o3模型". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—―_·・•]+/gu, '');
}
