import type { QuoteSelector } from "../schemas/extracted-claim.ts";

/** Context kept on each side of a quote, as Hypothesis does. */
export const QUOTE_CONTEXT = 32;

/** The TextQuoteSelector for `text.slice(start, end)`: the words plus up to 32 characters each side. */
export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}
