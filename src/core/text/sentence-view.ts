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
