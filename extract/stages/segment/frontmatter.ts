// YAML front matter ("---" / "title: …" / "---" at the top of a Markdown file): metadata, kept as boilerplate.

export interface FrontMatter {
  /** The front matter lines, or null when the file has none. */
  lines: string[] | null;
  /** Its `title:` value, if any. */
  title: string | null;
  /** How many lines of the file it takes (0 when absent). */
  length: number;
}

const MAX_LINES = 80;
const KEY_LINE = /^(?:[\w-]{1,40}:(?:\s|$)|\s+\S|-\s)/;

export function frontMatter(lines: string[]): FrontMatter {
  const none = { lines: null, title: null, length: 0 };
  if (lines[0]?.trim() !== '---') return none;
  for (let i = 1; i < Math.min(lines.length, MAX_LINES); i++) {
    const line = lines[i];
    if (line.trim() === '---' || line.trim() === '...') {
      if (i === 1) return none;
      const body = lines.slice(1, i);
      const title = body.map((l) => /^title:\s*(.+)$/i.exec(l)?.[1]).find(Boolean);
      return { lines: body, title: title ? title.trim().replace(/^(["'])(.*)\1$/, '$2') : null, length: i + 1 };
    }
    if (line.trim() && !KEY_LINE.test(line)) return none;
  }
  return none;
}
