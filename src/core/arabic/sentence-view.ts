import type { QuoteSpan } from "../text/quotes.ts";
import type { Token } from "../text/tokens.ts";

/** A sentence's words with the punctuation between them, for rules that walk word by word. */
export interface SentenceView {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  quotes: readonly QuoteSpan[];
}

/** The raw text between word j-1 (or the sentence start) and word j (or the sentence end). */
export function gapBefore(view: SentenceView, j: number): string {
  const from = j === 0 ? view.start : view.tokens[j - 1]!.end;
  const to = j < view.tokens.length ? view.tokens[j]!.start : view.end;
  return view.text.slice(from, to);
}

export const hasComma = (gap: string) => /[،,]/.test(gap);
export const hasColon = (gap: string) => /:/.test(gap);
export const hasClauseStop = (gap: string) => /[؛;.!?؟]/.test(gap);

/** The top-level quotation containing word j, if any. */
export function quoteOf(view: SentenceView, j: number): QuoteSpan | undefined {
  const token = view.tokens[j];
  if (!token) return undefined;
  return view.quotes.find((q) => q.open < token.start && token.end <= q.close);
}

/** The first word index at or after `from` whose start is at or beyond `offset`. */
export function tokenIndexAt(view: SentenceView, offset: number, from = 0): number {
  let j = from;
  while (j < view.tokens.length && view.tokens[j]!.start < offset) j++;
  return j;
}

/** Words of a quotation that is a name, not speech: short, or announced by a category noun (قناة «…»). */
export function quoteWordCount(view: SentenceView, quote: QuoteSpan): number {
  const first = tokenIndexAt(view, quote.open + 1);
  let last = first;
  while (last < view.tokens.length && view.tokens[last]!.end <= quote.close) last++;
  return last - first;
}

/** The article range naming a speaker, words [first, last], reaching the closing mark of a quoted name at its end. */
export function mentionRange(view: SentenceView, first: number, last: number): { start: number; end: number } {
  const close = quoteOf(view, last)?.close;
  const end = close !== undefined ? close + 1 : view.tokens[last]!.end;
  return { start: view.tokens[first]!.start, end: view.text[end] === ")" ? end + 1 : end };
}
