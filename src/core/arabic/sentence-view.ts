import { spanOf } from "../build-claim.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import { gapBefore as plainGapBefore, wordsSpan, type SentenceView } from "../text/sentence-view.ts";
import { ARABIC_INITIALS } from "../text/sentences.ts";
import { firstWordFrom } from "../text/tokens.ts";
import type { Span } from "../types.ts";
import { inSet, SPEECH_EVENT_KEYS } from "./lexicon-index.ts";

/** The Arabic rules read the shared sentence view over plain tokens; the helpers below walk it word by word. */
export type { SentenceView };
/** The gap between words as written (the dot of initials included) and the span of words, as both languages read them. */
export { plainGapBefore, wordsSpan };

/**
 * The text between word j-1 (or the sentence start) and word j (or the sentence end), except that the
 * dot of Arabic initials ("د. أحمد", "أ.د. سالم") is part of the word before, not a stop.
 */
export function gapBefore(view: SentenceView, j: number): string {
  const gap = plainGapBefore(view, j);
  return j > 0 && j < view.tokens.length && gap.startsWith(".") && isInitials(view.tokens[j - 1]!) ? gap.slice(1) : gap;
}

/** "د", "م", "أ.د", "ر.م.ع": a title shortened to single letters, as the sentence splitter reads them. */
export function isInitials(word: { raw: string }): boolean {
  return ARABIC_INITIALS.test(word.raw);
}

export const hasComma = (gap: string) => /[،,]/.test(gap);
export const hasColon = (gap: string) => /:/.test(gap);
export const hasClauseStop = (gap: string) => /[؛;.!?؟]/.test(gap);
/** A dash opening or closing an aside ("قال الوزير - ردا على سؤال - إن…", "الوزراء- تعليقا على…-"), not a hyphen inside a word. */
export const hasDash = (gap: string) => /(^|\s)(--?|–|—)(\s|$)|--/.test(gap);

/** The top-level quotation containing word j, if any. */
export function quoteOf(view: SentenceView, j: number): QuoteSpan | undefined {
  const token = view.tokens[j];
  if (!token) return undefined;
  for (const q of view.quotes) if (q.open < token.start && token.end <= q.close) return q;
  return undefined;
}

/** Words of a quotation that is a name, not speech: short, or announced by a category noun (قناة «…»). */
export function quoteWordCount(view: SentenceView, quote: QuoteSpan): number {
  const first = firstWordFrom(view.tokens, quote.open + 1);
  let last = first;
  while (last < view.tokens.length && view.tokens[last]!.end <= quote.close) last++;
  return last - first;
}

/** The article span naming a speaker, words [first, last], reaching the closing mark of a quoted name at its end. */
export function mentionRange(view: SentenceView, first: number, last: number): Span {
  const close = quoteOf(view, last)?.close;
  const end = close !== undefined ? close + 1 : view.tokens[last]!.end;
  const open = quoteOf(view, first)?.open; // "وأضاف "سلطان" أن…": a quoted name keeps both its marks
  const start =
    open !== undefined && close !== undefined && view.text.slice(open + 1, view.tokens[first]!.start).trim() === "" ? open : view.tokens[first]!.start;
  return spanOf(view.text, start, view.text[end] === ")" ? end + 1 : end);
}

const MAX_LEADING_SUPPLEMENT_WORDS = 6;
const OCCASION_PREPOSITIONS = new Set(["في", "وفي", "خلال", "وخلال"]);

/**
 * "…، وفي تصريح لصحيفة «X» قال إنه…": a clause that opens with the occasion of the words and then its
 * verb. Returns the index of the word opening that occasion before the verb at j, or -1.
 */
export function leadingSupplementBefore(view: SentenceView, j: number): number {
  for (let k = j - 1; k >= 0 && j - k <= MAX_LEADING_SUPPLEMENT_WORDS; k--) {
    if (hasComma(gapBefore(view, k + 1)) && k + 1 < j) return -1;
    const key = view.tokens[k]!.key;
    if (OCCASION_PREPOSITIONS.has(key) && inSet(SPEECH_EVENT_KEYS, view.tokens[k + 1]?.key ?? "")) {
      return k === 0 || /^و/.test(key) || hasComma(gapBefore(view, k)) ? k : -1;
    }
  }
  return -1;
}
