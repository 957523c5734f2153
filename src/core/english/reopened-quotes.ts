import { findQuotes, type QuoteSpan } from "../text/quotes.ts";
import { isSpace } from "../text/normalize.ts";

const OPENERS = new Set(['"', "“", "＂"]);
const STOPS = new Set([".", "!", "?", "…"]);
const SINGLE_CLOSERS = new Set(["'", "’"]);

/**
 * English news opens a quotation mark at each new paragraph of a quote and closes only the last
 * ("…bigger than this club. "No individual is…""). Where paragraphs were run together, the mark after
 * a sentence stop, inside an open double quote, starts a new passage: the open one ends at that stop,
 * left unclosed (it is continued). Each piece is then paired on its own, so the text is read once.
 * Guillemets and quotes with no such mark are returned as they are.
 */
export function splitReopenedQuotes(text: string, quotes: readonly QuoteSpan[], paragraphEnd: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const quote of quotes) {
    const reopenings = OPENERS.has(text[quote.open]!) ? reopeningsIn(text, quote.contentStart, quote.closed ? quote.close : quote.contentEnd) : [];
    if (reopenings.length === 0) {
      out.push(quote);
      continue;
    }
    out.push(continued(text, quote.open, reopenings[0]!));
    const last = quote.closed ? quote.close + 1 : paragraphEnd;
    reopenings.forEach((from, k) => {
      const to = reopenings[k + 1] ?? last;
      for (const piece of findQuotes(text, from, to)) out.push(piece.closed ? piece : continued(text, piece.open, to));
    });
  }
  return out;
}

/** A quote opened at `open` and left unclosed before `next`: it ends at the last non-space before it. */
function continued(text: string, open: number, next: number): QuoteSpan {
  let end = next;
  while (end > open + 1 && isSpace(text[end - 1])) end--;
  return { open, close: end, contentStart: open + 1, contentEnd: end, closed: false };
}

/** " “ ＂ (OPENERS) by code: every character of a quoted passage is tested. */
function isDoubleOpener(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0xff02;
}

/** Offsets of opening marks that follow a sentence stop and a space inside text[from, to). */
function reopeningsIn(text: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = from + 2; i < to - 1; i++) {
    if (!isDoubleOpener(text.charCodeAt(i)) || isSpace(text[i + 1]) || !isSpace(text[i - 1])) continue;
    let j = i - 1;
    while (j > from && isSpace(text[j])) j--;
    if (SINGLE_CLOSERS.has(text[j]!)) j--;
    if (STOPS.has(text[j]!)) found.push(i);
  }
  return found;
}
