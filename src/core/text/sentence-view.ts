import { spanOf } from "../build-claim.ts";
import type { Span } from "../types.ts";
import { skipSpaces, skipSpacesBack } from "./normalize.ts";
import type { QuoteSpan } from "./quotes.ts";
import type { Token } from "./tokens.ts";

/**
 * The sentence a language's rules look at, shared by both languages: the article, the sentence's
 * offsets, its words (tokens, or a language's richer words) and the quoted passages of its paragraph.
 */
export interface SentenceView<T extends Token = Token> {
  text: string;
  start: number;
  end: number;
  tokens: T[];
  quotes: readonly QuoteSpan[];
}

/** The text between word j-1 and word j (the sentence start before word 0, the sentence end after the last word). */
export function gapBefore(view: SentenceView, j: number): string {
  const from = j > 0 ? view.tokens[j - 1]!.end : view.start;
  const to = j < view.tokens.length ? view.tokens[j]!.start : view.end;
  return view.text.slice(from, to);
}

/**
 * text.slice(from, to).trim().length, without the slice and the trimmed copy: rules ask whether what
 * stands around a quotation is (nearly) empty, once or more for every sentence.
 */
export function trimmedLength(text: string, from: number, to: number): number {
  const start = skipSpaces(text, from, to);
  return skipSpacesBack(text, start, to) - start;
}

/** Words [first, last] of a sentence view, as indices into its tokens: a speaker phrase, an appositive. */
export interface WordRange {
  first: number;
  last: number;
}

/** The article span from the start of word `first` to the end of word `last`: a cue ("وقال", "على حد تعبيره"), a speaker's words. */
export function wordsSpan(view: SentenceView, first: number, last = first): Span {
  return spanOf(view.text, view.tokens[first]!.start, view.tokens[last]!.end);
}
