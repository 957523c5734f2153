import type { QuoteSpan } from "../text/quotes.ts";
import { cueFormOf, isComplementiser } from "./lexicon-index.ts";
import { gapBefore, hasComma, type SentenceView } from "./sentence-view.ts";

/**
 * "وأضاف: «…سنجد معهم حلولا، مشيرا إلى أن العلاقات…" with no closing mark: a ḥāl participle after a comma,
 * then أن (or إلى/على/من أن), is the narrator's voice again, so a quotation left open ends before it.
 * Returns the view with such quotations cut there; one walk over the words of each unclosed quotation.
 */
export function endUnclosedQuotesAtNarrator(view: SentenceView): SentenceView {
  if (view.quotes.every((q) => q.closed)) return view;
  return { ...view, quotes: view.quotes.map((q) => (q.closed ? q : cutAtNarrator(view, q))) };
}

function cutAtNarrator(view: SentenceView, quote: QuoteSpan): QuoteSpan {
  for (let j = 1; j < view.tokens.length; j++) {
    const word = view.tokens[j]!;
    if (word.start <= quote.open || view.tokens[j - 1]!.start <= quote.open) continue;
    if (word.end > quote.close) break;
    if (cueFormOf(word.key)?.tense !== "participle" || !hasComma(gapBefore(view, j))) continue;
    if (!opensReportedClause(view, j + 1)) continue;
    const end = view.tokens[j - 1]!.end;
    return { ...quote, close: end, contentEnd: end };
  }
  return quote;
}

function opensReportedClause(view: SentenceView, k: number): boolean {
  const key = view.tokens[k]?.key ?? "";
  return isComplementiser(key) || (["الي", "علي", "من"].includes(key) && isComplementiser(view.tokens[k + 1]?.key ?? ""));
}
