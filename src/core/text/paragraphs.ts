import { skipSpaces, skipSpacesBack } from "./normalize.ts";

/** A block of text between line breaks; `index` counts only blocks that hold text. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** Splits an article into paragraphs: each non-blank line (a line of spaces, NBSP included, is blank). Offsets exclude surrounding spaces. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  const pushLine = (from: number, to: number) => {
    const start = skipSpaces(text, from, to);
    const end = skipSpacesBack(text, start, to);
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
  };
  for (const m of text.matchAll(lineBreak)) {
    pushLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  pushLine(lineStart, text.length);
  return paragraphs;
}
