import { findQuotes, type QuoteSpan } from "../text/quotes.ts";
import { codeSet, isSpaceCode, skipSpacesBack } from "../text/normalize.ts";
import { firstOf } from "../text/scan.ts";

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
    const reopenings = OPENERS.has(text.charCodeAt(quote.open))
      ? reopeningsIn(text, quote.contentStart, quote.closed ? quote.close : quote.contentEnd)
      : undefined;
    if (reopenings === undefined) {
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
  const end = skipSpacesBack(text, open + 1, next);
  return { open, close: end, contentStart: open + 1, contentEnd: end, closed: false };
}

/** " “ ＂ */
const DOUBLE_OPENER = /["“＂]/;
const OPENERS = codeSet(`"“＂`);
const STOPS = codeSet(".!?…");
const SINGLE_CLOSERS = codeSet("'’");

/** Offsets of opening marks that follow a sentence stop and a space inside text[from, to); undefined when none (most quotes). */
function reopeningsIn(text: string, from: number, to: number): number[] | undefined {
  let found: number[] | undefined;
  for (let i = firstOf(DOUBLE_OPENER, text, from + 2, to - 1); i < to - 1; i = firstOf(DOUBLE_OPENER, text, i + 1, to - 1)) {
    if (isSpaceCode(text.charCodeAt(i + 1)) || !isSpaceCode(text.charCodeAt(i - 1))) continue;
    let j = i - 1;
    while (j > from && isSpaceCode(text.charCodeAt(j))) j--;
    if (SINGLE_CLOSERS.has(text.charCodeAt(j))) j--;
    if (STOPS.has(text.charCodeAt(j))) (found ??= []).push(i);
  }
  return found;
}
