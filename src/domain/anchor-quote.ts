import type { QuoteSelector } from "../schemas/extracted-claim.ts";

/** Where a quote sits in a text: UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Finds a quote selector in `text`, Hypothesis style: first the stored position (`hint`) if it still
 * holds `exact`; else every exact occurrence, ranked by matching prefix, suffix and nearness to the
 * hint. Returns null when the words no longer occur (the claim is an orphan).
 */
export function anchorQuote(text: string, quote: QuoteSelector, hint: number): TextRange | null {
  const { exact } = quote;
  if (exact === "") return null;
  if (text.startsWith(exact, hint)) return { start: hint, end: hint + exact.length };
  let best: TextRange | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, quote, at) - Math.abs(at - hint) / Math.max(1, text.length);
    if (score > bestScore) [best, bestScore] = [{ start: at, end: at + exact.length }, score];
  }
  return best;
}

function contextScore(text: string, quote: QuoteSelector, at: number): number {
  const before = text.slice(Math.max(0, at - quote.prefix.length), at);
  const after = text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
  return (before === quote.prefix ? 1 : 0) + (after === quote.suffix ? 1 : 0);
}
