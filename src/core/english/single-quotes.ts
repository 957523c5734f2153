import { isSpace } from "../text/normalize.ts";
import type { QuoteSpan } from "../text/quotes.ts";

const OPENING_BEFORE = /[\s([{:—–\-"“]/;
const CLOSING_AFTER = /[.,;:!?)\]—–\-"”]/;
const PUNCTUATION_BEFORE = /[.,!?…]/;
const LETTER = /\p{L}/u;

/**
 * UK copy quotes speech in single marks ('We will appeal,' he said.), which double as apostrophes
 * ("don't", "the victims' families"). Adds the single-quoted passages of a paragraph that lie outside its
 * double-quoted ones. A mark opens after a space or an opening bracket and before a letter; it closes
 * after punctuation ('…,' he said), or after a word when punctuation follows ('a betrayal'.). An
 * apostrophe after a plural ("the victims' families") is neither. A passage left unclosed is kept only
 * when the next paragraph opens with a single mark (a quotation continued over paragraphs); else the
 * mark is dropped. One pass over the paragraph.
 */
export function addSingleQuotes(text: string, quotes: readonly QuoteSpan[], start: number, end: number): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let q = 0;
  let open = -1;
  for (let i = start; i < end; i++) {
    while (q < quotes.length && quotes[q]!.close < i) q++;
    if (q < quotes.length && quotes[q]!.open <= i) {
      i = quotes[q]!.close;
      open = -1;
      continue;
    }
    if (!isSingleMark(text.charCodeAt(i))) continue;
    if (open >= 0 && closes(text, i, start, end)) {
      found.push({ open, close: i, contentStart: open + 1, contentEnd: i, closed: true });
      open = -1;
    } else if (open < 0 && opens(text, i, start, end)) {
      open = i;
    }
  }
  if (open >= 0 && open === start && nextParagraphOpensSingle(text, end)) {
    found.push({ open, close: end, contentStart: open + 1, contentEnd: end, closed: false });
  }
  return found.length === 0 ? [...quotes] : [...quotes, ...found].sort((a, b) => a.open - b.open);
}

/** ' ‘ ’: compared by code, as every character of the paragraph is. */
function isSingleMark(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019;
}

function opens(text: string, i: number, start: number, end: number): boolean {
  if (text[i] === "’") return false;
  const before = i > start ? text[i - 1]! : " ";
  return OPENING_BEFORE.test(before) && i + 1 < end && LETTER.test(text[i + 1]!);
}

function closes(text: string, i: number, start: number, end: number): boolean {
  if (text[i] === "‘" || i === start) return false;
  const before = text[i - 1]!;
  const after = i + 1 < end ? text[i + 1]! : " ";
  if (PUNCTUATION_BEFORE.test(before)) return isSpace(after) || CLOSING_AFTER.test(after);
  return /[\p{L}\p{N}]/u.test(before) && (CLOSING_AFTER.test(after) || i + 1 >= end);
}

function nextParagraphOpensSingle(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpace(text[i])) i++;
  return i > end && (text[i] === "'" || text[i] === "‘") && /[\n\r\u2028\u2029]/.test(text.slice(end, i));
}
