import { isSpaceCode, skipSpaces } from "../text/normalize.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import { firstOf } from "../text/scan.ts";

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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
  let i = start;
  while (i < end) {
    while (q < quotes.length && quotes[q]!.close < i) q++;
    const quote = quotes[q];
    if (quote && quote.open <= i) {
      // A double-quoted passage is skipped whole: its single marks are nested quotes or apostrophes.
      i = quote.close + 1;
      open = -1;
      continue;
    }
    const limit = quote ? Math.min(quote.open, end) : end;
    i = firstOf(SINGLE_MARK, text, i, limit);
    if (i === limit) continue;
    if (open >= 0 && closes(text, i, start, end)) {
      found.push({ open, close: i, contentStart: open + 1, contentEnd: i, closed: true });
      open = -1;
    } else if (open < 0 && opens(text, i, start, end)) {
      open = i;
    }
    i++;
  }
  if (open >= 0 && open === start && nextParagraphOpensSingle(text, end)) {
    found.push({ open, close: end, contentStart: open + 1, contentEnd: end, closed: false });
  }
  return found.length === 0 ? [...quotes] : [...quotes, ...found].sort((a, b) => a.open - b.open);
}

/** ' ‘ ’ */
const SINGLE_MARK = /['‘’]/;

function opens(text: string, i: number, start: number, end: number): boolean {
  if (text.charCodeAt(i) === 0x2019) return false; // ’ only closes
  return (i === start || isOpeningBeforeCode(text.charCodeAt(i - 1))) && i + 1 < end && isLetterCode(text.charCodeAt(i + 1));
}

function closes(text: string, i: number, start: number, end: number): boolean {
  if (text.charCodeAt(i) === 0x2018 || i === start) return false; // ‘ only opens
  const before = text.charCodeAt(i - 1);
  if (isPunctuationBeforeCode(before)) return i + 1 >= end || isSpaceCode(text.charCodeAt(i + 1)) || isClosingAfterCode(text.charCodeAt(i + 1));
  return isLetterOrDigitCode(before) && (i + 1 >= end || isClosingAfterCode(text.charCodeAt(i + 1)));
}

/** A space or ( [ { : — – - " “: what may stand before an opening single mark. */
function isOpeningBeforeCode(c: number): boolean {
  return isSpaceCode(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x22 || c === 0x201c;
}

/** . , ; : ! ? ) ] — – - " ”: what may follow a closing single mark. */
function isClosingAfterCode(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2d ||
    c === 0x22 ||
    c === 0x201d
  );
}

/** . , ! ? …: punctuation that ends a quoted passage before its closing mark. */
function isPunctuationBeforeCode(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** /\p{L}/u for a code unit; ASCII without a string. */
function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(String.fromCharCode(c));
}

/** /[\p{L}\p{N}]/u for a code unit; ASCII without a string. */
function isLetterOrDigitCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

function nextParagraphOpensSingle(text: string, end: number): boolean {
  const i = skipSpaces(text, end, text.length);
  const c = text.charCodeAt(i);
  return i > end && (c === 0x27 || c === 0x2018) && /[\n\r\u2028\u2029]/.test(text.slice(end, i));
}
