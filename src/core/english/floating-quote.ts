import type { Finding } from "./attribute-sentence.ts";
import { trimmedLength } from "../text/sentence-view.ts";
import type { SentenceView, Word } from "./words.ts";
import { spanOf } from "../build-claim.ts";

const MIN_WORDS = 2;

/**
 * Quotes that stand as sentences of their own, with no cue, right after a speaker's turn: the reader
 * gives them to the previous speaker ("…," she said. "We will not back down."). A short quote inside
 * running text (a title, a scare quote) never qualifies: it must open its sentence.
 */
export function floatingQuote(view: SentenceView, used: Set<number>): Finding | undefined {
  const { tokens: words } = view;
  const first = words[0];
  if (!first || first.quote < 0 || used.has(first.quote) || trimmedLength(view.text, view.start, first.start) > 1) return undefined;
  const quote = view.quotes[first.quote]!;
  if (wordsInQuote(words, first.quote) < MIN_WORDS || trimmedLength(view.text, Math.min(quote.close + 1, view.end), view.end) > 2) return undefined;
  used.add(first.quote);
  const finding: Finding = {
    speaker: "previous",
    cue: spanOf(view.text, quote.open, quote.open),
    kind: "direct",
    start: quote.contentStart,
    end: quote.contentEnd,
    rule: "en.floating-quote",
    statement: false,
  };
  return finding;
}

function wordsInQuote(words: readonly Word[], quote: number): number {
  let count = 0;
  for (const w of words) if (w.quote === quote) count++;
  return count;
}
