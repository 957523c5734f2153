import { isSpaceCode } from "./normalize.ts";
import { splitParagraphs, type Paragraph } from "./paragraphs.ts";
import { findQuotes, type QuoteSpan } from "./quotes.ts";
import { splitSentences, type Sentence } from "./sentences.ts";

/** A paragraph with what the rules need: its quoted passages, its sentences and whether it is body text. */
export interface LaidOutParagraph extends Paragraph {
  quotes: QuoteSpan[];
  sentences: Sentence[];
  /** Headlines, section headings, captions, bylines and mastheads: short lines with no closing stop. */
  isHeading: boolean;
}

const MAX_HEADING_WORDS = 20;
const MAX_PULL_QUOTE_WORDS = 8;
const BODY_ENDING = /[.!?؟…"»”:)'’]$/;
const OPENS_QUOTE = /^["«“”„]/;

/**
 * A paragraph that opens a quotation left open continues someone's words even without a closing stop;
 * a short one whose quotation closes ('"Maersk" warns: …', a pull quote) is still a heading.
 */
/**
 * A paragraph that is one quotation with no stop inside it ("ننام على أسطح المنازل") is a pull quote or sub-heading,
 * also after a section number (`3. "Not a good day"`).
 */
function isPullQuote(text: string, quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  const only = quotes.length === 1 ? quotes[0]! : undefined;
  const short = countWordsUpTo(text.slice(start, end), MAX_PULL_QUOTE_WORDS + 1) <= MAX_PULL_QUOTE_WORDS;
  const opens = only !== undefined && (only.open === start || SECTION_NUMBER.test(text.slice(start, only.open)));
  return opens && only.close === end - 1 && short && !/[.!?؟…]/.test(text[end - 2] ?? "");
}

const CLOSING_QUOTE_ENDING = /[^.!?…,;:]["”’'»]$/;
const TITLE_LINKS = new Set(["a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with", "as", "vs"]);
const MIN_TITLE_WORDS = 4;

/**
 * "Tim Cook On Apple Being ‘Pulled Into The Enterprise’": a line in title case (every Latin word but the
 * small links capitalised) that ends in a quoted phrase with no stop is a headline, not a sentence.
 * Arabic has no capitals, so its lines never qualify.
 */
function isTitleCaseHeadline(body: string): boolean {
  if (!CLOSING_QUOTE_ENDING.test(body)) return false;
  const words = body.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  let capitalised = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) capitalised++;
    else if (!TITLE_LINKS.has(w)) return false;
  }
  return capitalised >= MIN_TITLE_WORDS;
}

const SECTION_NUMBER = /^\s*(\d{1,2}|[IVX]{1,4})[.)]\s+$/;

function continuesQuote(body: string, quotes: readonly QuoteSpan[], start: number): boolean {
  return OPENS_QUOTE.test(body) && quotes[0]?.open === start && !quotes[0].closed;
}

/** A language's correction of the quotes found in a paragraph (English: passages reopened after a stop). */
export type RefineQuotes = (text: string, quotes: readonly QuoteSpan[], paragraphEnd: number, paragraphStart: number) => QuoteSpan[];

/**
 * Lays out an article into paragraphs, quotes and sentences, all as offsets into the original text.
 * One paragraph at a time, as the rules read them: a long article's layout is never all held at once.
 */
export function* layOut(text: string, refineQuotes?: RefineQuotes): Generator<LaidOutParagraph> {
  for (const paragraph of splitParagraphs(text)) {
    const found = findQuotes(text, paragraph.start, paragraph.end);
    const quotes = refineQuotes ? refineQuotes(text, found, paragraph.end, paragraph.start) : found;
    const body = text.slice(paragraph.start, paragraph.end);
    const words = countWordsUpTo(body, MAX_HEADING_WORDS + 1);
    // Fields listed, not spread: V8 builds a spread-then-extended object slowly and in dictionary mode.
    yield {
      index: paragraph.index,
      start: paragraph.start,
      end: paragraph.end,
      quotes,
      sentences: splitSentences(text, paragraph.start, paragraph.end, quotes),
      isHeading:
        words <= MAX_HEADING_WORDS &&
        ((!BODY_ENDING.test(body) && !continuesQuote(body, quotes, paragraph.start)) ||
          isPullQuote(text, quotes, paragraph.start, paragraph.end) ||
          isTitleCaseHeadline(body)),
    };
  }
}

/** Counts whitespace-separated words, stopping early at `limit`. */
function countWordsUpTo(body: string, limit: number): number {
  let count = 1;
  for (let i = 0; i < body.length && count < limit; i++) {
    // Each run of spaces counts once (as /\s+/g would match it); isSpaceCode is exactly \s for one character.
    if (isSpaceCode(body.charCodeAt(i)) && !(i > 0 && isSpaceCode(body.charCodeAt(i - 1)))) count++;
  }
  return count;
}
