import { skipSpaces, skipSpacesBack } from "./normalize.ts";
import { firstOf } from "./scan.ts";

/** A block of text between line breaks; `index` counts only blocks that hold text. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** \n \r LINE SEPARATOR, PARAGRAPH SEPARATOR. \r\n reads as two breaks around an empty line, which is blank and left out. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Where the paragraph after offset `end` starts (its first character that is not a space), when a line
 * break lies between; undefined when the text goes on in the same paragraph. For the news convention of a
 * quotation continued over paragraphs, each opening with a mark.
 */
export function nextParagraphStart(text: string, end: number): number | undefined {
  const i = skipSpaces(text, end, text.length);
  return firstOf(LINE_BREAK, text, end, i) < i ? i : undefined;
}

/** Splits an article into paragraphs: each non-blank line (a line of spaces, NBSP included, is blank). Offsets exclude surrounding spaces. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    const lineEnd = firstOf(LINE_BREAK, text, lineStart, text.length);
    const start = skipSpaces(text, lineStart, lineEnd);
    const end = skipSpacesBack(text, start, lineEnd);
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
