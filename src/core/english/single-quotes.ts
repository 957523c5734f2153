import { codeSet, isSpaceCode } from "../text/normalize.ts";
import { nextParagraphStart } from "../text/paragraphs.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import { firstOf } from "../text/scan.ts";

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** ' ‘ ’ */
const SINGLE_MARK = /['‘’]/;
/** What may stand before an opening single mark (a space too). */
const OPENING_BEFORE = codeSet(`([{:—–-"“`);
/** What may follow a closing single mark. */
const CLOSING_AFTER = codeSet(`.,;:!?)]—–-"”`);
/** Punctuation that ends a quoted passage before its closing mark. */
const PUNCTUATION_BEFORE = codeSet(".,!?…");

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

function opens(text: string, i: number, start: number, end: number): boolean {
  if (text.charCodeAt(i) === 0x2019) return false; // ’ only closes
  return (i === start || isOpeningBefore(text.charCodeAt(i - 1))) && i + 1 < end && isLetterCode(text.charCodeAt(i + 1));
}

function isOpeningBefore(c: number): boolean {
  return isSpaceCode(c) || OPENING_BEFORE.has(c);
}

function closes(text: string, i: number, start: number, end: number): boolean {
  if (text.charCodeAt(i) === 0x2018 || i === start) return false; // ‘ only opens
  const before = text.charCodeAt(i - 1);
  if (PUNCTUATION_BEFORE.has(before)) return i + 1 >= end || isSpaceCode(text.charCodeAt(i + 1)) || CLOSING_AFTER.has(text.charCodeAt(i + 1));
  return isLetterOrDigitCode(before) && (i + 1 >= end || CLOSING_AFTER.has(text.charCodeAt(i + 1)));
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
  const next = nextParagraphStart(text, end);
  const c = next === undefined ? Number.NaN : text.charCodeAt(next);
  return c === 0x27 || c === 0x2018;
}
