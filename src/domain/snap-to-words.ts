import type { TextRange } from "./anchor-quote.ts";

/** Letters, combining marks (Arabic harakat), digits, tatweel and the zero-width (non-)joiners. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u;

/**
 * Widens a range to whole words for display, so a highlight never cuts an Arabic word in two
 * (which would break its letters' joined forms). Stored offsets are left alone.
 */
export function snapToWords(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start > 0 && isWordChar(text, start - 1) && isWordChar(text, start)) start--;
  while (end < text.length && end > 0 && isWordChar(text, end - 1) && isWordChar(text, end)) end++;
  return { start, end };
}

function isWordChar(text: string, at: number): boolean {
  return WORD_CHAR.test(text[at] ?? "");
}
