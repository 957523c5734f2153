import type { QuoteSpan } from "../text/quotes.ts";
import { gapBefore, wordsSpan, type SentenceView as SharedSentenceView } from "../text/sentence-view.ts";
import { isWordCode, matchKey } from "../text/normalize.ts";
import { firstWordFrom, wordEnd, type Token } from "../text/tokens.ts";

/** A word of a sentence: the token, the quoted passage holding it (-1 outside quotes) and whether it is capitalised. */
export interface Word extends Token {
  quote: number;
  cap: boolean;
}

/** The sentence an English rule looks at: the shared sentence view over English words. */
export type SentenceView = SharedSentenceView<Word>;

/** The shared word helpers, for the English rules that import their view helpers from here. */
export { firstWordFrom, gapBefore, wordsSpan };

/** A word's key without its possessive ("council's" → "council"); keys spell every apostrophe straight. */
export function withoutPossessive(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/**
 * The words of text[start, end), each tagged with the quoted passage that holds it. Words as `tokenize`
 * splits them, except that "3,000" is one word: a comma between digits is not a clause break (it would
 * cut "The firm, which employs 3,000 people, said" into a false appositive). Built in one pass, with no
 * intermediate tokens: this runs on every sentence.
 */
export function wordsOf(article: string, start: number, end: number, quotes: readonly QuoteSpan[]): Word[] {
  const words: Word[] = [];
  // Start at the first quote still open at `start`: scanning from the paragraph's first quote in every sentence is quadratic.
  let q = firstQuoteEndingFrom(quotes, start);
  let i = start;
  while (i < end) {
    if (!isWordCode(article.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = wordEnd(article, i, end);
    while (joinsNumber(article, j, end)) j = wordEnd(article, j + 1, end);
    const raw = article.slice(i, j);
    while (q < quotes.length && quotes[q]!.close < i) q++;
    const quote = quotes[q];
    const inside = quote !== undefined && quote.open < i && i < quote.close;
    words.push({ start: i, end: j, raw, key: matchKey(raw), quote: inside ? q : -1, cap: isCapital(raw) });
    i = j;
  }
  return words;
}

/** A comma or point at j between digits, the next digit inside the range ("3,000", "1.5"). */
function joinsNumber(article: string, j: number, end: number): boolean {
  const c = article.charCodeAt(j);
  return (c === 0x2c || c === 0x2e) && j + 1 < end && isDigit(article.charCodeAt(j - 1)) && isDigit(article.charCodeAt(j + 1));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The word starts with a letter that lower case changes (ASCII answered without building a string). */
function isCapital(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const head = raw[0]!;
  return head !== head.toLowerCase();
}

/** True when the gap before word i holds clause punctuation (a comma, colon, semicolon, dash or quote mark). */
export function breaksBefore(view: SentenceView, i: number): boolean {
  return gapMatches(view, i, BREAK);
}

/** `pattern.test(gapBefore(view, i))`, for a pattern no lone space matches: most gaps are one space, answered with no slice and no regex. */
export function gapMatches(view: SentenceView, i: number, pattern: RegExp): boolean {
  const from = i > 0 ? view.tokens[i - 1]!.end : view.start;
  const to = i < view.tokens.length ? view.tokens[i]!.start : view.end;
  if (to - from === 1 && view.text.charCodeAt(from) === 0x20) return false;
  return pattern.test(view.text.slice(from, to));
}

const BREAK = /[,;:—–()"“”«»]|\s-\s/;

/**
 * The gap before word i holds one of `marks` (punctuation characters, as in a regex class: ",;:"): what
 * `/[,;:]/.test(gapBefore(view, i))` says, without the slice and the regex, which most rules ask of a
 * word or more on every cue.
 */
export function gapHolds(view: SentenceView, i: number, marks: string): boolean {
  const from = i > 0 ? view.tokens[i - 1]!.end : view.start;
  const to = i < view.tokens.length ? view.tokens[i]!.start : view.end;
  for (let k = from; k < to; k++) {
    const c = view.text.charCodeAt(k);
    for (let m = 0; m < marks.length; m++) if (marks.charCodeAt(m) === c) return true;
  }
  return false;
}

/** Index of the first quote whose opening mark is at or after `offset` (quotes are in text order): a binary search. */
export function firstQuoteFrom(quotes: readonly QuoteSpan[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid]!.open < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first quote that ends at or after `offset` (it may have opened before): a binary search. */
export function firstQuoteEndingFrom(quotes: readonly QuoteSpan[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid]!.close < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The longest content a reported clause may have: real sentences are far shorter, and a bound keeps
 * a paragraph of thousands of cues with no stop linear (each claim's text is sliced and hashed).
 */
export const MAX_CONTENT_CHARS = 2000;

/** `end`, or the last word end within MAX_CONTENT_CHARS of `start`. */
export function boundedEnd(view: SentenceView, start: number, end: number): number {
  if (end - start <= MAX_CONTENT_CHARS) return end;
  let k = firstWordFrom(view.tokens, start + MAX_CONTENT_CHARS) - 1;
  if (view.tokens[k] && view.tokens[k]!.end > start + MAX_CONTENT_CHARS) k--;
  const w = view.tokens[k];
  return w && w.end > start ? w.end : start + MAX_CONTENT_CHARS;
}
