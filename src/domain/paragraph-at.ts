/** A paragraph of an article: one non-blank line, without its surrounding spaces. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/g;

/** Splits text into paragraphs the way the extractor counts them: each line holding text is one. */
export function paragraphs(text: string): Paragraph[] {
  const found: Paragraph[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) found.push({ index: found.length, start: s, end: e });
  };
  let lineStart = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    push(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  push(lineStart, text.length);
  return found;
}

/**
 * The paragraphs that hold the range [start, end) merged into one (a claim may cross a line break).
 * Falls back to the range itself when it touches no paragraph (a claim made of spaces).
 */
export function paragraphAt(text: string, start: number, end: number): Paragraph {
  const hit = paragraphs(text).filter((p) => p.start < Math.max(end, start + 1) && p.end > start);
  const first = hit[0];
  const last = hit[hit.length - 1];
  if (!first || !last) return { index: 0, start, end };
  return { index: first.index, start: Math.min(first.start, start), end: Math.max(last.end, end) };
}
